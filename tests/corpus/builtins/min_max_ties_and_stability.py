# max/min return the first of equal elements; sorted keeps order of equal keys.
pairs = [('a', 2), ('b', 3), ('c', 3), ('d', 1), ('e', 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
print(max([1, 1.0, True]), min([1.0, True, 1]), max([0, False, 0.0]), min([False, 0]))
print(max('aAbB', key=str.lower), min('bBaA', key=str.lower), max([[], [0], [0]], key=len))
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[1]))
print(max(range(10), key=lambda x: x % 4), min(range(10), key=lambda x: -(x % 4)))
