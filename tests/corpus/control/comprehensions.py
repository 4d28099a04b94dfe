# List, set, dict comprehensions and generator expressions with nesting and conditions.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(4)] for x in range(3)])
print([y for row in [[1, 2], [3], [], [4, 5, 6]] for y in row])
print([c.upper() if c in 'aeiou' else c for c in 'comprehension'])
print({x % 5 for x in range(12)}, {c: c * 2 for c in 'abc'}, sum(x for x in range(101)), max(len(w) for w in ['a', 'abc', 'ab']))
print(list(x for x in 'gen'), tuple(i * 2 for i in range(3)), sorted({n: -n for n in range(3)}.items()))
x = 'outer'
lst = [x for x in 'inner']
print(x, lst)
print([(i, j) for i in range(3) if i for j in range(3) if j != i])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
def make():
    return [lambda: i for i in range(3)]
print([f() for f in make()])
def make2():
    return [lambda i=i: i for i in range(3)]
print([f() for f in make2()])
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v * factor for v in vals for factor in [vals[0]]]
    except NameError as e:
        err = str(e)
print(K.doubled, getattr(K, 'err', 'no error'), getattr(K, 'bad', None))
g = (x * 2 for x in range(3))
print(next(g), list(g), list(g))
print([i for i in range(5)][::-1], [*(i for i in 'ab')], {**{k: 0 for k in 'xy'}})
