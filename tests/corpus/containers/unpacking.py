# Tuple/list unpacking, starred targets, nested targets, errors.
a, b = 1, 2
a, b = b, a
print(a, b)
x, *rest = [1, 2, 3, 4]
*init, last = 'abcd'
first, *mid, end = range(6)
p, *q = [9]
print(x, rest, init, last, first, mid, end, p, q)
(c, d), e = (3, 4), 5
[f, (g, *h)] = [6, (7, 8, 9)]
print(c, d, e, f, g, h)
i, j = 'hi'
k, l = {'k1': 0, 'k2': 1}
m, n = {10, 20} if False else (10, 20)
print(i, j, k, l, m, n)
for (u, v), w in [((1, 2), 3), ((4, 5), 6)]:
    print(u, v, w)
def three():
    return 1, 2, 3
one, two, three_ = three()
print(one, two, three_)
print(*[1, 2], *'ab', *range(2))
print([*range(3), *[9]], (*'xy',), {*[1, 1, 2]}, {**{'a': 1}, 'b': 2})
lst = [0, 0, 0]
lst[0], lst[1:] = 'a', ['b', 'c']
print(lst)
obj = type('O', (), {})()
obj.x, obj.y = 10, 20
print(obj.x, obj.y)
g2 = (n * n for n in range(3))
aa, bb, cc = g2
print(aa, bb, cc)
