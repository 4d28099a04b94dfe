# Assignment expressions in various contexts.
data = [1, 5, 12, 7, 30, 2]
if (n := len(data)) > 3:
    print('long list', n)
print([y for x in data if (y := x * 2) > 10])
print(y)
i = 0
while (i := i + 1) < 5:
    print('i', i)
print([last := v for v in range(4)], last)
def f():
    total = 0
    vals = [(total := total + v) for v in range(5)]
    return vals, total
print(f())
print((z := 10), z, (w := z + 1) * 2, w)
stack = [3, 2, 1]
while (top := stack.pop() if stack else None) is not None:
    print('popped', top)
print({(k := c): k * 2 for c in 'ab'} if False else 'dict-walrus skipped', [(a := 1), a + 1])
print(any((hit := v) > 10 for v in data), hit)
print(all((miss := v) < 10 for v in data), miss)
def g(x):
    return (r := x ** 2) + r
print(g(3))
