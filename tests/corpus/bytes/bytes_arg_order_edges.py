# Argument checks in CPython's order, found by comparing random calls: hex() separators,
# partition's separator object, decoding empty data, bytearray as a % argument, item
# assignment converting the value first, memoryview tuple keys and cast() errors.
def show(f):
    try:
        r = f()
        if isinstance(r, memoryview):
            r = ('memoryview', r.tolist(), r.format, r.readonly)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for sep, per in [(1, None), ('ab', 1), (('a',), 1), ([97], 2), (memoryview(b':'), 1), (bytearray(b':'), 1), ('é', 1), (b'\xff', 1), (':', 'x'), (':', 2**40)]:
    show(lambda: b'abc'.hex(sep) if per is None else b'abc'.hex(sep, per))
    show(lambda: b''.hex(sep, 1))
mv = memoryview(b'b')
show(lambda: b'abc'.partition(mv)[1] is mv)
show(lambda: b'abc'.rpartition(bytearray(b'b')))
show(lambda: bytearray(b'abc').partition(b'b'))
show(lambda: b''.decode('no-such-codec'))
show(lambda: b'x'.decode('no-such-codec'))
show(lambda: bytearray().decode('utf-8', 'no-such-handler'))
show(lambda: b'\xff'.decode('utf-8', 'no-such-handler'))
show(lambda: b''.decode(errors=5))
show(lambda: b'abc' % bytearray(b'x'))
show(lambda: b'%s' % bytearray(b'x'))
show(lambda: b'%(a)s' % memoryview(b'x'))
show(lambda: b'abc'.splitlines(2**70))
show(lambda: bytes.fromhex(None))
for v in [300, b'', 5]:
    show(lambda: bytearray().__setitem__(0, v))
b = bytearray(b'abc')
b[1:1:-1] = b''
b2 = bytearray()
b2[::-1] = b''
show(lambda: (b, b2))
show(lambda: bytearray(b'abc').__setitem__(slice(1, 1, -1), b'xy'))
m = memoryview(bytearray(b'hello'))
for key in [(1,), (True,), (), (1, 2), (slice(1, 2),), (slice(1, 2), slice(1, 2)), (1, slice(1, 2)), ...]:
    show(lambda: m[key])
    show(lambda: m.__setitem__(key, 65))
show(lambda: m.tolist())
for args in [(None,), (2,), (b'B',), ('B', 5), ('B', (5,)), ('B', [5]), ('B', (2,)), ('@B',), ('@c',), ('i',), ('x',), ('',)]:
    show(lambda: m.cast(*args))
show(lambda: memoryview(b'').cast('B', (0,)))
show(lambda: m[::2].cast('B'))
show(lambda: m.tobytes(5))
show(lambda: m.tobytes(None))
show(lambda: m.tobytes('F'))
show(lambda: m.cast('@c').format)
show(lambda: m.cast('@c').__setitem__(0, 65))
