# __index__ used for list/tuple/str indexing; bools as indexes; bad index types.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
L = ['a', 'b', 'c', 'd']
print(L[Idx(1)], L[Idx(-1)], L[True], L[False], L[Idx(1):Idx(3)], 'xyz'[Idx(2)], (5, 6)[Idx(0)], range(10)[Idx(4)])
L[Idx(0)] = 'A'
del L[Idx(1)]
print(L, [0] * Idx(3), 'ab' * Idx(2), bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
for bad in [1.0, '1', None, Idx('x')]:
    try:
        print(L[bad])
    except TypeError as e:
        print('TypeError', e)
try:
    L[2 ** 100]
except IndexError as e:
    print('IndexError', e)
