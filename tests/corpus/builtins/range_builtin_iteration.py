# range() in loops and conversions.
print(list(range(0)), list(range(3)), list(range(-2, 2)), list(range(10, 0, -3)), list(range(0, 1, 5)), list(range(5, 5)))
r = range(3)
it1, it2 = iter(r), iter(r)
print(next(it1), next(it1), next(it2), list(it1), list(it2))
print([i * j for i in range(1, 4) for j in range(i)], sum(range(0, 100, 7)), tuple(range(3)), set(range(3)))
print(range(3) == range(0, 3), range(0, 3, 2) == range(0, 4, 2), repr(range(0, 10, 2)), str(range(5)))
print(len(range(-10, 10, 3)), range(-10, 10, 3)[-1], range(-10, 10, 3).index(-4), list(range(2, -3, -1)))
