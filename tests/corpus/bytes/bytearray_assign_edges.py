# bytearray slice and item assignment, deletion and resizing edge cases (CPython's
# messages, extended slices, BufferError while a memoryview is alive), and subclasses.
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
def run(stmt, ba):
    try:
        exec(stmt, {'ba': ba, 'memoryview': memoryview})
        print(stmt, '->', ba)
    except Exception as e:
        print(stmt, '!!', type(e).__name__, e)
for stmt in ['ba[:] = ba', 'ba += ba', 'ba[1:1] = []', 'del ba[5:1]', 'del ba[::-2]', 'del ba[-1::-3]', 'ba[::-1] = b"abcdef"', 'ba[5:1] = b"xy"',
             'ba[1:3] = range(3)', 'ba[1:3] = [1, 300]', 'ba[1:3] = (x for x in [65])', 'ba[0] = True', 'ba[-7] = 1', 'ba[-6] = 1', 'ba[2**70] = 1', 'del ba[2**70]',
             'ba[1:2] = memoryview(b"MV")', 'ba.insert(-100, 65)', 'ba.insert(100, 66)', 'ba.insert(2**70, 1)', 'ba.pop(-6)', 'ba.pop(2**70)', 'ba.extend(iter([1,2]))',
             'ba.extend(x for x in [1, "a"])', 'ba.extend(bytearray(b"q"))', 'ba.extend(memoryview(b"mv"))', 'ba.remove(b"a")', 'ba.remove(300)', 'ba.append(True)',
             'ba.__init__(b"new")', 'ba.__init__()', 'ba.__init__(3)', 'ba *= -1', 'ba *= 2', 'ba[::2] = []', 'ba[::1] = b""', 'del ba[:]', 'ba[0:0] = 5',
             'ba[0:2:1] = b"x"', 'ba[1:5:2] = b"xyz"', 'del ba[::2]; del ba[0]', 'm = memoryview(ba); ba[0:2] = b"xy"', 'm = memoryview(ba); ba[0:2] = b"xyz"',
             'm = memoryview(ba)[1:2]; ba.append(1)', 'm = memoryview(ba); m2 = m[1:]; m.release(); ba.append(1)', 'm = memoryview(ba); del ba[0]',
             'm = memoryview(ba); ba *= 1', 'm = memoryview(ba); ba += b""', 'm = memoryview(ba); ba.extend(b"")', 'm = memoryview(ba); ba.__init__(b"abcdef")',
             'm = memoryview(ba); ba.reverse()', 'm = memoryview(ba); ba[::2] = b"123"', 'm = memoryview(ba); del ba[6:]', 'm = memoryview(ba); ba.pop(9)',
             'ba[1:3] = "ab"', 'ba[1:3] = 1.5', 'ba[1:3] = None', 'ba["x"] = 1', 'del ba["x"]', 'ba[0] = 1.5', 'ba[0] = -1', 'ba[0] = Ellipsis']:
    run(stmt, bytearray(b'abcdef'))
class Sub(bytearray):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = 1
s = Sub(b'xyz')
show(lambda: (s, s.tag, s + b'1', type(s + b'1').__name__, type(s.copy()).__name__, s == b'xyz'))
s += b'!'
show(lambda: (s, type(s).__name__))
show(lambda: bytearray(b'abc') == bytearray(b'abc'))
show(lambda: bytearray(b'abc') != 'abc')
show(lambda: bytearray(b'abc') < 'abc')
show(lambda: bytearray(b'abc') > memoryview(b'ab'))
show(lambda: bytearray(b'ab').__eq__(memoryview(b'ab')))
show(lambda: b'ab'.__eq__(memoryview(b'ab')))
show(lambda: b'ab'.__eq__(bytearray(b'ab')))
show(lambda: bytearray().__len__())
show(lambda: bytearray(b'xyz').__contains__(b'yz'))
show(lambda: 120 in bytearray(b'xyz'))
show(lambda: bytearray(b'xyz').__getitem__(-1))
show(lambda: b'xyz'[2**70])
show(lambda: b'xyz'[-2**70:2**70])
show(lambda: bytearray(b'abc')[::-1])
show(lambda: bytearray(b'abc').index(b'c', -1))
show(lambda: bytearray(b'abc').rindex(99, 0, 2))
show(lambda: bytearray(b'abca').count(97, 1))
show(lambda: b'abc'.find(b'c', None, -1))
show(lambda: b'abc'.find(b'c', 1, None))
show(lambda: b'aaa'.count(b'aa'))
show(lambda: b'abc'.startswith(b''))
show(lambda: b'abc'.startswith(b'', 4))
show(lambda: b'abc'.endswith(b'', 3, 2))
show(lambda: b'abc'.split(None))
show(lambda: b' a  b '.split(None, 1))
show(lambda: b' a  b '.rsplit(None, 1))
show(lambda: b'a  b'.split(b' '))
show(lambda: b'abc'.split(maxsplit=-5))
show(lambda: b'a\rb\r\nc\n'.splitlines())
show(lambda: b''.splitlines())
show(lambda: b'\n'.splitlines(True))
