# repr/str of floats: shortest repr, exponent thresholds, special values.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
        1e-05, 1e-04, 0.0001, 0.00001234, 1e22, 1e23, 1.5e300, 5e-324, 2.2250738585072014e-308,
        1.7976931348623157e308, 100.0, 1e100, 123.456, -987.654321, 3.141592653589793,
        9007199254740993.0, 0.3, 1.1, 2.675, 1e-7, 12345678901234567.0]
for v in vals:
    print(repr(v), str(v), v)
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, repr(inf), repr(-nan))
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, inf > 1e308, inf == inf)
print(float('1e500'), float('-1e500'), float('1e-500'), float('-1e-500'))
print([float(s) for s in ['inf', '-inf', 'Infinity', ' nan ', '+1.5', '-.5', '1_000.5', '0x10' if False else '16']])
print(float(' 12 '), float('1E3'), float('-0'), float('1.'), float('.1e1'))
print(str(1e16), str(1e-5), str(0.00009999), str(9.999999999999999e15))
print(-0.0 == 0.0, str(-0.0), repr(abs(-0.0)), repr(-0.0 + 0.0), repr(0.0 * -1))
print(1e308 * 10, -1e308 * 10)
print(float(10 ** 20), float(2 ** 53 + 1), float(-(2 ** 63)))
print(0.1 * 3, 0.7 + 0.1, 1.1 * 1.1, 1 - 0.9)
