# Bitwise operators on negative and positive ints, shifts.
vals = [0, 1, -1, 5, -5, 12, -12, 255, -256, 2 ** 40, -(2 ** 40) + 3]
for a in vals:
    print(a, ~a, a << 3, a >> 1, a >> 3, a >> 100)
for a in vals[:6]:
    for b in vals[:6]:
        print(a, b, a & b, a | b, a ^ b)
try:
    print(1 << -1)
except ValueError as e:
    print('ValueError', e)
try:
    print(1 >> -1)
except ValueError as e:
    print('ValueError', e)
print(True & False, True | False, True ^ True, ~True, ~False, True << 3)
print(type(True & True).__name__, type(True & 1).__name__, type(True ^ False).__name__)
try:
    print(1.0 & 1)
except TypeError as e:
    print('TypeError', e)
try:
    print(1 << 1.0)
except TypeError as e:
    print('TypeError', e)
print((-5).bit_length(), (255).bit_length(), (256).bit_length())
print(int.bit_count(-7), (12).bit_count())
x = 0b1011
x &= 0b0110; print(x)
x |= 0b1000; print(x)
x ^= 0b1111; print(x)
x <<= 4; print(x)
x >>= 2; print(x)
