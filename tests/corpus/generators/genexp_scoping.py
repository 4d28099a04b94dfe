# Generator expressions: first iterable evaluated eagerly, others lazily; variable capture.
def src(name, items):
    print('  evaluating', name)
    return items
g = (x * y for x in src('outer', [1, 2]) for y in src('inner', [10, 20]))
print('created')
print(list(g))
try:
    bad = (x for x in 5)
except TypeError as e:
    print('TypeError at creation:', e)
lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
n = 10
g2 = (i + n for i in range(3))
n = 100
print(list(g2))
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc
inc = counter()
g3 = (inc() for _ in range(3))
print(inc(), list(g3), inc())
print(sum(x for x in range(5) if x % 2), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
print(list(zip((a for a in 'abc'), (b for b in range(5)))))
print(sorted((x % 3, x) for x in range(7)))
g4 = (x for x in range(3))
print(iter(g4) is g4, list(g4), list(g4))
