# round(): banker's rounding, ndigits, negative ndigits, ints and floats.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 123.456]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, 0), round(v, -1))
for v in [5, 15, 25, 35, -25, 1234567, 149, 150, 151]:
    print(v, round(v), round(v, -1), round(v, -2), round(v, 2), round(v, -10))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
print(round(1e300, -299), round(1e-300, 300), round(12345.6789, -3))
print(round(float('inf'), 2), round(float('nan'), 2), round(-0.0, 1))
for bad in [float('inf'), float('nan')]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round('1')
except TypeError as e:
    print('TypeError', e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print('TypeError', e)
print(round(True), round(False, 2), round(10 ** 30 + 5, -1))
