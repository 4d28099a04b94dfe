# slice objects: start stop step indices, comparisons, hashing in 3.11, use in subscripts; errors.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

def S(s):
    return sorted(s) if isinstance(s, (set, frozenset)) else s

for s in (slice(5), slice(1, 10), slice(1, 10, 2), slice(None, None, -1), slice('a', 'b', 'c'), slice(-3, None)):
    print(s, repr(s), s.start, s.stop, s.step)
for s in (slice(None), slice(2, 8, 2), slice(-3, None), slice(None, None, -1), slice(-100, 100), slice(10, 2, -3),
          slice(None, -1, None), slice(5, 5), slice(100, None, -1)):
    print(s, s.indices(10), s.indices(0), s.indices(3), len(range(*s.indices(10))))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) < slice(1, 3), slice(1, 2, 3) >= slice(1, 2, 1))
print(slice(1, 2).__eq__((1, 2)), slice(1).__ne__(slice(1)), slice.__new__(slice, 1, 2), slice(3).__reduce__())
a = list(range(10))
print(a[slice(2, 5)], a[slice(None, None, 3)], 'hello'[slice(1, None)], (1, 2, 3)[slice(None, None, -1)], range(10)[slice(3)])
class Idx:
    def __index__(self):
        return 2
print(slice(Idx(), None).indices(5), a[Idx():Idx() + 3] if False else a[slice(Idx(), 6)])
run('hash', lambda: hash(slice(1, 2)))
run('as dict key', lambda: {slice(1): 1})
run('indices negative', lambda: slice(1).indices(-1))
run('indices str', lambda: slice(1).indices('5'))
run('indices zero step', lambda: slice(None, None, 0).indices(5))
run('indices bad start', lambda: slice('a').indices(5) if False else slice('a', None).indices(5))
run('no args', lambda: slice())
run('four args', lambda: slice(1, 2, 3, 4))
run('kw', lambda: slice(stop=1))
run('set start', lambda: setattr(slice(1), 'start', 0))
run('list bad slice', lambda: a[slice('a', 'b')])
run('lt mixed', lambda: slice(1, 2) < slice('a', 2))
run('subclass', lambda: type('Sl', (slice,), {}))
run('float index', lambda: a[1.5:3])
