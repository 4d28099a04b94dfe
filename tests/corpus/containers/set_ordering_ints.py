# Iteration order of small-int sets (deterministic in CPython) and set comprehension.
s = {5, 3, 9, 1, 100, 64, 33, 0, -1}
print(s, list(s))
t = set(range(20, 0, -3))
print(t)
t.discard(11); t.add(40); t.add(8)
print(t)
print({x % 7 for x in range(30)}, {(1, 2), (0, 0)} == {(0, 0), (1, 2)})
print(set([1, 2, 3]) - {2}, frozenset([9, 8, 7]))
print({-5, -3, 5, 3, 2 ** 61, 2 ** 61 - 1} == {5, 3, -3, -5, 2 ** 61, 2 ** 61 - 1}, len({2 ** 61 - 1, 0}))
