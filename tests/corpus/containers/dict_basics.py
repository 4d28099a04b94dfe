# dict creation, access, methods.
d = {'a': 1, 'b': 2}
print(d, len(d), d['a'], d.get('z'), d.get('z', 0), 'a' in d, 'z' not in d, list(d))
d['c'] = 3; d['a'] = 10; print(d)
del d['b']; print(d)
print(dict(), dict(x=1, y=2), dict([('k', 'v'), ['k2', 'v2']]), dict({'a': 1}, b=2), dict(zip('abc', range(3))))
print(dict.fromkeys('abc'), dict.fromkeys(['x', 'y'], 0), dict.fromkeys(range(3), []))
print(d.setdefault('a', 99), d.setdefault('new', 5), d.setdefault('none'), d)
print(d.pop('a'), d.pop('zzz', 'dflt'), d.popitem(), d)
d.update({'u': 1}); d.update([('v', 2)]); d.update(w=3); d.update({'u': 100}, x=4); print(d)
e = d.copy(); e['u'] = -1; print(d['u'], e['u'])
d.clear(); print(d, e)
print({1: 'int', 1.0: 'float', True: 'bool'}, {(1, 2): 't', None: 'n', 'k': 'v', 3.5: 'f', b'b': 'b', frozenset([1]): 'fs'})
for call in [lambda: {}['x'], lambda: {}.pop('x'), lambda: {}.popitem(), lambda: {[1]: 2}, lambda: {}.get(), lambda: dict(1),
             lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: {}.update(1), lambda: {}.setdefault(), lambda: {}.fromkeys(),
             lambda: {}[[1]], lambda: {}.pop(), lambda: dict(a=1, **{'a': 2})]:
    try:
        print(call())
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(repr(KeyError('x')), repr(KeyError(('a', 1))), str(KeyError('x')), str(KeyError()), str(KeyError(1, 2)))
