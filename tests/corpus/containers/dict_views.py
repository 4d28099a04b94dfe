# keys/values/items views: live updates, set operations, reversed, membership.
d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), 'a' in k, 2 in v, ('b', 2) in i, ('b', 3) in i)
d['d'] = 4
print(list(k), list(v), list(i))
del d['a']
print(k, list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(k & {'b', 'z'}, sorted(k | {'z'}), sorted(k - {'b'}), sorted(k ^ {'b', 'q'}), k == {'b', 'c', 'd'}, k <= {'b', 'c', 'd', 'e'})
print(sorted(i & {('b', 2), ('c', 0)}), sorted(i | {('z', 0)}), i - {('b', 2)} == {('c', 3), ('d', 4)})
print(k.isdisjoint({'x'}), k.isdisjoint(['b']), v == v, list(v) == [2, 3, 4])
print(type(k).__name__, type(v).__name__, type(i).__name__, k.mapping == d if hasattr(k, 'mapping') else None)
try:
    k[0]
except TypeError as e:
    print('TypeError', e)
try:
    {1: [1]}.items() & {(1, 2)}
except TypeError as e:
    print('TypeError', e)
print(sorted({'x': 1}.items() | {('w', 3)}), dict(d.items()), list(zip(d.keys(), d.values())))
it = iter(d)
print(next(it))
d['new'] = 0
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
it = iter(d.items())
next(it)
d.pop('b')
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
