# dict/set comprehensions, merging with | and **, key collisions.
sq = {n: n * n for n in range(6)}
print(sq, {v: k for k, v in sq.items()}, {k: v for k, v in sq.items() if v % 2}, {n % 3: n for n in range(10)})
print({c: i for i, c in enumerate('hello')}, {(x, y): x * y for x in range(2) for y in range(2)})
print({n for n in range(10) if n % 3 == 0}, {c.upper() for c in 'abca'} == {'A', 'B', 'C'})
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, {**a, **b}, dict(a, **b), {**b, 'x': 0, **a})
a |= b
print(a)
try:
    a | [('k', 1)]
except TypeError as e:
    print('TypeError', e)
a |= [('k', 1)]
print(a)
nested = {k: {j: j * k for j in range(3)} for k in range(1, 3)}
print(nested)
