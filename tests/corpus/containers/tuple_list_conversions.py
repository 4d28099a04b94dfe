# Conversions between containers and nested structure copies.
t = (1, [2, 3], 'four')
l = list(t)
l[1].append(99)
print(t, l, t[1] is l[1])
d = {'a': 1, 'b': 2}
print(list(d), list(d.values()), list(d.items()), tuple(d), set(d) == {'a', 'b'}, dict(list(d.items())) == d)
s = 'hello'
print(list(s), tuple(s), sorted(set(s)), ''.join(list(s)), list(reversed(s)), list(enumerate(s))[:2])
nested = [[1, 2], [3, 4]]
flat = [x for sub in nested for x in sub]
copied = [row[:] for row in nested]
copied[0][0] = 'changed'
print(flat, nested, copied)
print(list(zip(*nested)), [list(r) for r in zip(*nested)], dict(nested), list(map(tuple, nested)))
print(list(range(3)) + list('ab'), tuple(range(2)) + tuple('c'), [*range(2), *'d', *{'e': 0}])
