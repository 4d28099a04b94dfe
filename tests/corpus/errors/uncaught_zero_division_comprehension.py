# ZeroDivisionError deep inside nested comprehensions and a generator expression: traceback frames, exit 1.
def ratios(rows):
    return [[a / b for a, b in row] for row in rows]
def total(rows):
    return sum(sum(x for x in r) for r in ratios(rows))
print(total([[(1, 2), (3, 4)], [(5, 5)]]))
print(total([[(1, 2)], [(1, 0)]]))
