# filter and map: None predicate, multiple iterables, laziness.
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, 'a1b2')))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, 'ab', 'cd', 'efg')), list(map(len, [])))
def noisy(x):
    print('  mapping', x)
    return x * 10
m = map(noisy, [1, 2, 3])
print('map created')
print(next(m))
print(list(m))
f = filter(lambda x: print('  filtering', x) or x > 1, [1, 2, 3])
print(next(f), list(f))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__, iter(m) is m)
for call in [lambda: map(), lambda: map(abs), lambda: list(map(abs, 5)), lambda: filter(None), lambda: list(filter(5, [1])), lambda: list(map(5, [1]))]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
