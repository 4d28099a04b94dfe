# list operators: +, *, in, comparison, slicing, del, nested copy semantics.
a = [1, 2, 3]
print(a + [4], a * 2, [0] * 3, 2 * a, a * 0, a * -1, 3 in a, 4 not in a, a == [1, 2, 3], a < [1, 3], [] < [0])
grid = [[0] * 2] * 2
grid[0][0] = 9
print(grid)
grid2 = [[0] * 2 for _ in range(2)]
grid2[0][0] = 9
print(grid2)
print(a[1:], a[:-1], a[::-1], a[5:], a[-100:100], len(a), list(reversed(a)))
del a[0]; print(a)
del a[:]; print(a)
b = [1, 2, 3, 4, 5]
b[1:4] = []; print(b)
b[1:1] = [7, 8, 9]; print(b)
b[-1:] = 'xy'; print(b)
for call in [lambda: [1] + (2,), lambda: [1] * 'a', lambda: [1][5], lambda: a['a'], lambda: [1] < ['a'], lambda: a.__getitem__(1.0)]:
    try:
        print(call())
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
c = [1, 2]
c += (3, 4)
c += 'ab'
c += range(2)
print(c)
try:
    del c[10]
except IndexError as e:
    print('IndexError', e)
try:
    c[10] = 0
except IndexError as e:
    print('IndexError', e)
print(list(), list('abc'), list((1, 2)), list({'x': 1}), list(range(3)), list(x * x for x in range(4)))
print([1, [2, [3, [4]]]], [[]], [()], [None, True, 1.0, 'a', b'b'])
r = [1, 2]
r.append(r)
print(r, r == r, r[2][2][0])
