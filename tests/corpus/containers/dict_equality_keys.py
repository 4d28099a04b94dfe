# Dict key equality: 1/1.0/True collide, NaN keys, custom __eq__/__hash__ keys, tuples as keys.
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, list(d.keys()), type(list(d)[0]).__name__)
nan = float('nan')
nd = {nan: 'first'}
nd[nan] = 'same object'
nd[float('nan')] = 'different nan'
print(len(nd), sorted(nd.values()))
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        print('  __eq__', self.k, other.k)
        return self.k == other.k
    def __hash__(self):
        print('  __hash__', self.k)
        return hash(self.k) % 3
kd = {Key(1): 'one'}
kd[Key(4)] = 'four'
print(kd[Key(1)])
print(Key(7) in kd)
grid = {(x, y): x * y for x in range(3) for y in range(3)}
print(grid[(2, 2)], grid.get((5, 5)), (1, 2) in grid, len(grid))
print({0: 'a', 0.0: 'b', -0.0: 'c', False: 'd'}, {'a': 1} == {'a': 1.0}, {1: 'x'} == {True: 'x'})
