# slice objects: attributes, indices(), use on sequences, custom __getitem__ receiving slices.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), repr(slice('a', 'b')))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(-100, 100).indices(7), slice(None, None, 3).indices(0))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3))
try:
    slice(None, None, 0).indices(5)
except ValueError as e:
    print('ValueError', e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print('ValueError', e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print('TypeError', e)
class Seq:
    def __getitem__(self, item):
        return item
q = Seq()
print(q[1], q[1:2], q[1:2:3], q[:], q[::], q[::-1], q[1, 2], q[1:2, 3], q[..., 1], q['a':'b'], q[:, None])
lst = list(range(10))
print(lst[s], lst[slice(None, None, -3)], 'abcdef'[slice(2, None)], (1, 2, 3)[slice(-2, None)])
