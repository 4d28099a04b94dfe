# Chained comparisons evaluate each operand once and short-circuit.
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls); calls.clear()
print(v(1) < v(0) < v(3), calls); calls.clear()
print(v(3) > v(2) >= v(2) == v(2) != v(5), calls); calls.clear()
print(1 < 2 > 0, 1 == 1 == 1.0, 'a' < 'b' < 'c', [] == [] != [1])
x = 5
print(0 < x < 10, 0 < x > 10, x in [5] in [[5]], 1 < x in range(10), not 1 < x < 3)
print(1 < 2 < 3 < 4 < 5 < 4, -1 < 0 <= 0 < 1)
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print('  lt', self.n, other.n)
        return self.n < other.n
a, b, c = Loud(1), Loud(2), Loud(0)
print(a < b < c)
print(a < c < b)
