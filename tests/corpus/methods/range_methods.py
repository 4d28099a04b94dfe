# range: count index start stop step, dunders, comparisons, hashing, slicing; errors.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

def S(s):
    return sorted(s) if isinstance(s, (set, frozenset)) else s

for r in (range(5), range(2, 10, 3), range(10, 0, -2), range(0), range(-5, 5), range(1, 2, 10)):
    print(r, r.start, r.stop, r.step, len(r), list(r), bool(r), r.count(4), 4 in r, r.__contains__(-4))
r = range(2, 20, 3)
print(r.index(2), r.index(17), r.count(5), r.count(6), r.count(5.0), r.count('x'), 5.0 in r, 'x' in r, r.index(True) if 1 in r else None)
print(r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], r[10:], r[-100:100], r.__getitem__(slice(None, None, -2)))
print(list(r.__iter__()), list(r.__reversed__()), r.__len__(), r.__bool__(), r.__repr__(), r.__eq__(range(2, 20, 3)))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 2, 5) == range(1, 3, 7), range(3) == [0, 1, 2])
print(range(0).__eq__(range(1, 1)), range(3).__ne__(range(3)), range(3).__lt__(range(4)), range(3).__hash__() == hash(range(0, 3, 1)))
print(hash(range(0)) == hash(range(5, 5)), hash(range(1, 2, 5)) == hash(range(1, 3, 7)))
big = range(10 ** 20)
print(big[-1], 10 ** 20 - 1 in big, big.index(12345), big.count(10 ** 19), big[10 ** 19: 10 ** 19 + 3])
print(range(True, 5), range(False), range.__new__(range, 3), range(-3, -10, -2)[1], len(range(-3, -10, -2)))
run('index missing', lambda: r.index(3))
run('index float', lambda: r.index(5.0))
run('index str', lambda: r.index('a'))
run('getitem range', lambda: r[100])
run('getitem str', lambda: r['a'])
run('getitem float', lambda: r[1.5])
run('step zero', lambda: range(1, 2, 0))
run('float arg', lambda: range(1.5))
run('str arg', lambda: range('3'))
run('no args', lambda: range())
run('four args', lambda: range(1, 2, 3, 4))
run('kw', lambda: range(stop=3))
run('len big', lambda: len(big))
run('set start', lambda: setattr(r, 'start', 0))
run('lt op', lambda: range(3) < range(4))
run('add op', lambda: range(3) + range(2))
run('mul op', lambda: range(3) * 2)
run('subclass', lambda: type('R', (range,), {}))
run('count no args', lambda: r.count())
