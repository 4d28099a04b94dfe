# Simple expressions: operator precedence, identity, truthiness of results.
x = 3
print(x if x > 2 else -x, (y := x * 2), y)
print(not x == 3, not (x == 3), -x ** 2, (-x) ** 2, x << 1 + 1, (x << 1) + 1)
print(x & 1 == 1, (x & 1) == 1, x | 4 ^ 1, x in [1, 3] and x not in (2,))
print(1 < 2 and 2 < 3 or 0, 0 or 1 and 0, None is None, [] is not [], 'a' 'b' 'c')
a = b = c = [7]
print(a is b is c, a == [7], id(a) == id(b))
a, b = b, [8]
print(a, b, c)
i = j = 0
i += 1
print(i, j)
print(divmod(-7, 2), (lambda: 5)(), [1, 2][-1], 'abc'[-1:], (1,)[0])
