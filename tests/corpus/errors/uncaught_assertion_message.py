# Uncaught AssertionError with a computed message from inside a comprehension-driven check.
def check_sorted(values):
    for i in range(len(values) - 1):
        assert values[i] <= values[i + 1], 'out of order at %d: %r > %r' % (i, values[i], values[i + 1])
    return True
print(check_sorted([1, 2, 3]))
print([check_sorted(v) for v in ([1], [1, 5, 9], [4, 2])])
