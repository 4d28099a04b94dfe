# bool(), callable(), chr(), ord().
print(bool(), bool(0), bool(1), bool('False'), bool([]), bool(x=1) if False else '', bool(None))
try:
    bool(x=1)
except TypeError as e:
    print('TypeError', e)
class C:
    def __call__(self):
        pass
    def method(self):
        pass
print(callable(C), callable(C()), callable(C().method), callable(print), callable(1), callable('s'), callable(None), callable(lambda: 0))
print([chr(i) for i in [65, 97, 48, 32, 0x263a, 0x1F40D]], [ord(c) for c in 'Az09 ☺🐍'])
print(chr(0).encode(), repr(chr(127)), repr(chr(160)), ord(b'a'), ord(bytearray(b'z')))
for call in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr(1.0), lambda: ord('ab'), lambda: ord(b'ab'), lambda: ord(1), lambda: callable()]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
