# ascii, bin, hex, oct.
print(ascii('plain'), ascii('café'), ascii('日本\n'), ascii(['é', 1]), ascii(b'\xff'), ascii('\U0001f600'))
for n in [0, 1, -1, 255, -255, 2 ** 64, -(2 ** 70), True]:
    print(n, bin(n), hex(n), oct(n))
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), hex(Idx()), oct(Idx()))
for bad in [1.5, '1', None]:
    for fn in (bin, hex, oct):
        try:
            fn(bad)
        except TypeError as e:
            print(fn.__name__, 'TypeError', e)
