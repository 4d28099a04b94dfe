# tuple methods and dunders: count index, + * comparisons, __getitem__ __hash__ __getnewargs__; errors.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

t = (1, 2, 3, 2, 'a', (1, 2))
print(t.count(2), t.count('a'), t.count((1, 2)), t.count(9), t.index(2), t.index(2, 2), t.index('a', -3), t.index((1, 2)))
print(t.__len__(), t.__getitem__(0), t.__getitem__(slice(1, 3)), t.__contains__('a'), t.__add__((9,)), t.__mul__(2))
print(t.__rmul__(0), list(t.__iter__()), t.__getnewargs__(), t.__repr__(), (1,).__str__(), ().__repr__())
print((1, 2).__eq__((1, 2)), (1, 2).__eq__([1, 2]), (1, 2).__lt__((1, 3)), (1, 2).__ge__((1,)), (1,).__ne__((2,)))
print((1, 2).__hash__() == hash((1, 2)), hash((1, 2, (3, 4))) == hash((1, 2, (3, 4))), hash(()) == hash(()))
print(tuple.__new__(tuple, [1, 2]), tuple.__new__(tuple), tuple.__class_getitem__(str), tuple[int, ...])
class P(tuple):
    pass
p = P((1, 2))
print(type(p + (3,)).__name__, type(p[0:1]).__name__, type(p * 1).__name__, p.__getnewargs__())
print((1, 2, 3)[::-1], (1, 2, 3)[5:], (1, [2]) < (1, [3]), ((1, 2) * 3).count(1))
run('index missing', lambda: t.index(99))
run('index range', lambda: t.index(1, 1, 3))
run('count none', lambda: t.count())
run('getitem range', lambda: t[10])
run('getitem str', lambda: t['0'])
run('add list', lambda: t + [1])
run('dunder add list', lambda: t.__add__([1]))
run('mul str', lambda: t * 'x')
run('setitem', lambda: exec('t = (1,); t[0] = 2'))
run('delitem', lambda: exec('t = (1,); del t[0]'))
run('append', lambda: t.append(1))
run('hash unhashable', lambda: hash((1, [2])))
run('compare mixed', lambda: (1, 'a') < (1, 2))
run('new non-iterable', lambda: tuple(5))
run('new two args', lambda: tuple([1], [2]))
run('new kw', lambda: tuple(iterable=[1]))
