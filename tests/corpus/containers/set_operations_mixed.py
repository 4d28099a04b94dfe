# Set operations between set/frozenset/dict views and methods accepting any iterable.
s = {1, 2, 3}
f = frozenset({3, 4})
print(sorted(s | f), type(s | f).__name__, type(f | s).__name__, sorted(s & f), sorted(f - s), sorted(s ^ f))
print(s.union([5], (6,), 'x' if False else []), s.intersection(range(2, 10)), f.difference({4}), f.symmetric_difference([3, 9]))
keys = {'a': 1, 'b': 2}.keys()
print(sorted(keys | {'c'}), keys & {'a', 'z'}, keys - {'a'}, sorted({'z'} | keys), {'a'} <= keys if False else keys >= {'a'})
print(s == {3, 2, 1}, s == frozenset({1, 2, 3}), s < {1, 2, 3, 4}, f > frozenset({3}), s.issubset([1, 2, 3, 4]), s.issuperset(iter([1])))
sets = [{1, 2}, {2, 3}, {3, 4}]
u = set()
for st in sets:
    u |= st
print(sorted(u), set.union(*sets) == u, set.intersection(*sets))
try:
    set.intersection()
except TypeError as e:
    print('TypeError', e)
try:
    s | [1]
except TypeError as e:
    print('TypeError', e)
print(len({frozenset({1}), frozenset([1])}), {frozenset(): 'empty'}[frozenset()])
