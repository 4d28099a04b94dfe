# int(), float(), str(), complex() called in various ways.
print(int(), float(), str(), complex(), int(' 7 '), float(' 7 '), str(7), complex(' 7 '))
print(int(x='5') if False else int('5', base=8), float(x=1.5) if False else 'float takes no keywords')
for call in [lambda: int(x='5'), lambda: float(x=1.5), lambda: str(foo=1), lambda: int('5', 8, 2), lambda: int(base=8)]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
print(int(b'42'), int(bytearray(b'17')), float(b'1.5'), int('0x1f', base=0), int('١٢'), float('１.５'))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 9
print(float(F()), int(I()), complex(F()), float(I()))
