# enumerate and zip including start, strict and iterator consumption.
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate('ab', start=-5)), list(enumerate([], 3)), list(enumerate('x', 10 ** 20)))
e = enumerate(['x', 'y'])
print(next(e), next(e), next(e, 'end'), type(e).__name__)
print(list(zip()), list(zip('ab')), list(zip('abc', [1, 2])), list(zip(range(3), 'xyz', [True] * 3)), dict(zip('ab', 'cd')))
print(list(zip('ab', 'cd', strict=True)))
for args in [('abc', 'ab'), ('ab', 'abc'), ('a', 'b', 'cd'), ('ab', 'a', 'ab')]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print('ValueError', e)
it = iter([1, 2, 3, 4])
print(list(zip(it, it)))
it2 = iter(range(5))
print(list(zip(it2, 'ab')), list(it2))
for call in [lambda: enumerate(5), lambda: zip(5), lambda: enumerate('a', 'b'), lambda: zip('a', strict=1, extra=2), lambda: enumerate()]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*zip(*matrix))])
