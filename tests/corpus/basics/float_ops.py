# Float methods and conversions.
import math
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer(), float.fromhex('0x1.8p1'), (1.5).hex(), (0.1).hex())
print((-0.0).hex(), float.fromhex('-0x1p-1074'), (1e308).hex())
print(int(3.7), int(-3.7), int(1e20), int(-0.5), int(2.5e15))
print(math.floor(-3.5), math.ceil(-3.5), math.trunc(-3.5), math.floor(3.5), math.ceil(3.2))
for bad in [float('inf'), float('-inf'), float('nan')]:
    try:
        print(int(bad))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    (float('inf')).as_integer_ratio()
except OverflowError as e:
    print('OverflowError', e)
try:
    float('abc')
except ValueError as e:
    print('ValueError', e)
try:
    float('')
except ValueError as e:
    print('ValueError', e)
try:
    float([1])
except TypeError as e:
    print('TypeError', e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    2.0 ** 10000
except OverflowError as e:
    print('OverflowError', e)
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError', e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print('OverflowError', e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399))
print(float.__add__(1.0, 2), (2.5).__rtruediv__(5), (2.5).__floordiv__(1))
print(1.5 + 2, 1 + 2.5, 3 * 0.5, 7 / 2.0, True + 0.5)
print(abs(-2.5), -(-2.5), +(-0.0), round(-0.0))
print(float(True), float(False), float(-7), float('  -3.25\n'))
print((2.5).real, (2.5).imag, (2.5).conjugate())
