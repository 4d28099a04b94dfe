# dict public methods: clear copy fromkeys get items keys pop popitem setdefault update values; errors.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 99), d.setdefault('n'), d)
print(d.pop('n'), d.pop('zz', 'dflt'), d, d.popitem(), d, d.update({'x': 1}), d.update([('y', 2)]), d)
print(d.update(z=3), d, d.update({'a': 0}, b=5), d, d.update(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
e = d.copy()
print(e == d, e is d, e.clear(), e, d)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []), dict.fromkeys(()))
class D(dict):
    pass
print(type(D.fromkeys('ab')).__name__, D.fromkeys('ab', 1), type(D(a=1).copy()).__name__)
shared = dict.fromkeys('xy', [])
shared['x'].append(1)
print(shared)
order = {}
for k in [5, 3, 9, 1]:
    order[k] = k * k
order.pop(3)
order[3] = 0
print(order, order.popitem(), order.popitem(), order)
print({1: 'a'}.get(1.0), {True: 1}.get(1), {(1, 2): 'tup'}.get((1, 2)))
run('pop missing', lambda: {}.pop('k'))
run('pop missing int', lambda: {1: 2}.pop(5))
run('pop unhashable', lambda: {}.pop([]))
run('popitem empty', lambda: {}.popitem())
run('get unhashable', lambda: {}.get([]))
run('get no args', lambda: {}.get())
run('get three', lambda: {}.get(1, 2, 3))
run('setdefault unhashable', lambda: {}.setdefault({}, 1))
run('update int', lambda: {}.update(5))
run('update bad seq', lambda: {}.update([1, 2]))
run('update bad pair', lambda: {}.update([(1, 2, 3)]))
run('update two positional', lambda: {}.update({}, {}))
run('fromkeys non-iterable', lambda: dict.fromkeys(5))
run('fromkeys unhashable', lambda: dict.fromkeys([[1]]))
run('keys arg', lambda: {}.keys(1))
run('clear arg', lambda: {}.clear(1))
run('copy arg', lambda: {}.copy(1))
run('unbound on list', lambda: dict.get([], 1))
run('dict bad seq', lambda: dict([(1, 2), 'abc']))
run('dict bad elem', lambda: dict([5]))
run('dict kw and map', lambda: dict({'a': 1}, a=2))
