# reversed() on sequences, custom __reversed__, and non-sequences.
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(5))), list(reversed(range(1, 10, 3))))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1, 'b': 2}.values())), list(reversed(b'xy')), list(reversed(bytearray(b'ab'))))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r), r.__length_hint__())
lst = [1, 2, 3]
r2 = reversed(lst)
lst.append(4)
print(list(r2))
for bad in [{1, 2}, iter([1]), 5, (x for x in 'ab'), None]:
    try:
        reversed(bad)
    except TypeError as e:
        print('TypeError', e)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return 'item%d' % i
print(list(reversed(Seq())))
