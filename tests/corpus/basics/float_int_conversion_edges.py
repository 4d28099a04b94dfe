# Exactness at the float/int boundary, true division of big ints, and float comparisons with ints.
print(2 ** 53 == float(2 ** 53), 2 ** 53 + 1 == float(2 ** 53 + 1), float(2 ** 53 + 1), int(float(2 ** 53 + 1)))
print(10 ** 20 / 10 ** 10, (10 ** 20 + 1) / 10 ** 10, 7 / 3, -7 / 3, 1 / 3 * 3 == 1.0, (2 ** 1000) / (2 ** 999))
print(int(1e16), int(1.5e300) % 1000, int(-2.5), int(2.9999999999999996), int(0.99999999999999994))
print(float(123456789012345678901234567890), 123456789012345678901234567890 == 1.2345678901234568e+29)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-15, 1e16 + 1, 1e16 + 2, 2.0 ** 63 == 2 ** 63)
print(round(2.5) == 2, 5 // 2.0, -5 // 2.0, 5 % -2.0, 2 ** -1074 > 0, 2.0 ** -1075)
print((1 << 1023) * 1.0, float((1 << 1024) - (1 << 971)))
try:
    float(1 << 1024)
except OverflowError as e:
    print('OverflowError', e)
