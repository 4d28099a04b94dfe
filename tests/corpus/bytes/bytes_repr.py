# repr of bytes/bytearray: quoting and escapes.
for b in [b'', b'abc', b"it's", b'say "x"', b'both \' "', b'\x00\x01\x7f\x80\xff', b'\t\n\r\\', bytes(range(32, 127))]:
    print(repr(b), str(b), repr(bytearray(b)), len(b))
print(b'a' b'b', rb'\n', br'\x00', b'\101\x42', b'\
x')
class BA(bytearray):
    pass
print(repr(BA(b'sub')), repr(bytearray(b'\x00')))
