# pow() with two and three arguments, including negative exponents with a modulus.
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.0, 3), pow(2, 0.5))
print(pow(3, 4, 5), pow(3, 4, -5), pow(-3, 4, 5), pow(-3, 3, 5), pow(0, 0, 7))
print(pow(3, -1, 7), pow(2, -1, 9), pow(5, -2, 13), pow(38, -1, 97))
print(pow(7, 0, 1), pow(7, 5, 1), pow(7, 1, 2))
print(pow(12345678901234567890, 98765, 1000000007))
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print((-8) ** (1 / 3))
print((-1) ** 0.5)
print(pow(-8, 1 / 3))
print(2 ** 0.5, 10 ** -2, 10.0 ** 20, 1.5 ** 2)
print(pow(base=2, exp=5), pow(base=2, exp=5, mod=3))
try:
    pow(2, 3, 4, 5)
except TypeError as e:
    print('TypeError', e)
try:
    pow('a', 2)
except TypeError as e:
    print('TypeError', e)
try:
    pow(2, 'a', 3)
except TypeError as e:
    print('TypeError', e)
