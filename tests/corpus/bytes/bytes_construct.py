# Constructing bytes and bytearray.
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b'abc'), bytes(bytearray(b'xy')), bytes('é', 'utf-8'))
print(bytearray(), bytearray(2), bytearray([1, 2]), bytearray(b'hi'), bytearray('hé', 'utf-8'), bytearray(memoryview(b'mv')))
print(bytes.fromhex('de ad BE EF'), bytearray.fromhex('00ff'), b'\xde\xad'.hex(), b'abc'.hex('-'), b'abcdef'.hex(':', 2), bytes.fromhex(''))
print(b'abc'.hex(' ', -2), bytearray(b'\x01\x02').hex())
for call in [lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes('abc'), lambda: bytes(-1), lambda: bytes([1.5]),
             lambda: bytes.fromhex('zz'), lambda: bytes.fromhex('abc'), lambda: bytearray('x'), lambda: bytes(1.5),
             lambda: bytes(['a']), lambda: bytes(b'a', 'utf-8'), lambda: bytes.fromhex(b'00'), lambda: bytes(None)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class HasBytes:
    def __bytes__(self):
        return b'custom'
class HasIndex:
    def __index__(self):
        return 4
print(bytes(HasBytes()), bytes(HasIndex()), bytearray(HasIndex()), bytes([HasIndex()]))
