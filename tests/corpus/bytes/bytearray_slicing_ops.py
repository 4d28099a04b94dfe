# bytearray slicing assignments, in-place operators, comparisons and conversions.
ba = bytearray(range(10))
print(ba[2:5], ba[::3], ba[::-1][:3], list(ba[-2:]))
ba[2:5] = bytearray(b'\xff')
print(ba, len(ba))
ba[:0] = b'\x01\x02'
ba[len(ba):] = b'\xee'
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
del ba[1::2]
print(ba, bytes(ba), list(ba))
x = bytearray(b'ab')
y = x
x += b'cd'
print(x is y, y)
x *= 2
print(x is y, y)
print(bytearray(b'abc') == b'abc', bytearray(b'abc') < b'abd', bytearray(b'a') + b'b', b'a' + bytearray(b'b'), type(b'a' + bytearray(b'b')).__name__)
print(bytearray(b'hello').upper(), bytearray(b'x').zfill(3), bytearray(b'a b').split(), bytearray(b'ab').hex())
