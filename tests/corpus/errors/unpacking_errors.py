# Unpacking errors: too many/too few values, starred targets, non-iterables, nested, for-loop targets.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

def unpack2(v):
    a, b = v
    return a, b
def unpack_star(v):
    a, *b, c = v
    return a, b, c
def unpack_nested(v):
    (a, b), c = v
    return a, b, c
def for_unpack(v):
    out = []
    for x, y in v:
        out.append(x + y)
    return out
for v in ([1, 2], (1,), [1, 2, 3], 'ab', 'abc', '', {1: 2, 3: 4}, {5}, range(2), range(10), iter([1, 2]), 5, None, 1.5):
    try:
        print('unpack2', repr(v) if not hasattr(v, '__next__') else 'iterator', unpack2(v))
    except Exception as e:
        print('unpack2', type(e).__name__, e)
for v in ([1, 2], [1], [], (1, 2, 3, 4), 'xyz', 5):
    try:
        print('unpack_star', unpack_star(v))
    except Exception as e:
        print('unpack_star', type(e).__name__, e)
for v in ([(1, 2), 3], [(1,), 3], [1, 2], [(1, 2, 3), 4], [[1, 2]]):
    try:
        print('unpack_nested', unpack_nested(v))
    except Exception as e:
        print('unpack_nested', type(e).__name__, e)
for v in ([(1, 2), (3, 4)], [(1, 2), (3,)], [(1, 2), 3], ['ab', 'cde']):
    try:
        print('for_unpack', for_unpack(v))
    except Exception as e:
        print('for_unpack', type(e).__name__, e)
class BadLen:
    def __iter__(self):
        yield 1
        raise RuntimeError('iterator broke')
run('iterator raises', lambda: unpack2(BadLen()))
def gen_many():
    i = 0
    while True:
        yield i
        i += 1
run('infinite generator', lambda: unpack2(gen_many()))
run('dict items too few', lambda: [k for k, v, w in {'a': 1}.items()])
run('comprehension target int', lambda: [a for a, b in [1]])
run('swap ok', lambda: (lambda a, b: (b, a))(*(1, 2)))
run('starred call too few', lambda: (lambda a, b, c: 0)(*[1, 2]))
run('with target unpack', lambda: exec('class CM:\n    def __enter__(self): return 5\n    def __exit__(self, *a): pass\nwith CM() as (a, b): pass'))
run('augmented unpack', lambda: exec('a, b = 1, 2, 3'))
run('big too many', lambda: exec('a, b, c = range(100)'))
run('star too few big', lambda: exec('a, b, c, *d, e = range(3)'))
