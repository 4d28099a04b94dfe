# Slices with indices past a machine word: slice.indices and ranges of any length.
big = range(10 ** 30)
print(big[10 ** 20:10 ** 20 + 5], big[::10 ** 25][-1], big[-3:], big[::7][-1] == 10 ** 30 - 1 - (10 ** 30 - 1) % 7)
print(slice(None, None, -1).indices(10 ** 20), slice(-10 ** 25, 10 ** 25).indices(5), slice(3, -3, 2).indices(2 ** 70))
r = range(-10 ** 20, 10 ** 20, 3 * 10 ** 19)
print(r, list(r), r[::-1], list(r[1:-1]), r[100:], list(range(5)[::-10 ** 40]))
for bad in [lambda: slice(1, 2, 0).indices(3), lambda: slice('a').indices(3), lambda: slice(1).indices(-1), lambda: big[::0]]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
d = {1: 2}
for k in list(d):
    del d[k]
    d[k + 1] = k
print(d)
print(complex(0.0, -0.0), complex(-0.0, 0.0), complex(1j, -0.0), complex(-0.0, 1j))
for bad in [lambda: complex(1, []), lambda: complex([], 1), lambda: complex(imag='1')]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
