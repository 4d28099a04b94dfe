# Numeric literal forms.
print(0b1010, 0B11, 0o777, 0O12, 0xdeadBEEF, 0X10, 1_000, 0x_ff, 0b_1_0)
print(1., .5, 1e3, 1E-3, 1_0.0_1, 1e1_0, 0e0, 00, 000.5)
print(1j, 1.5J, 1e3j, 0j, 1_0j)
print(type(1), type(1.), type(1j), type(0x10))
print(123456789012345678901234567890, 0xffffffffffffffffffffffffffff)
print(-1, - 1, --1, -+-1, ~-1)
print(1 if 1 else 2, 0x10 + 0o10 + 0b10 + 10)
print(1.0e+308 * 1.0, 4.9e-324, 1e-324)
