# __getitem__/__setitem__/__delitem__/__contains__/__iter__/__reversed__/__len__/__missing__ and fallbacks.
class Grid:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print('  getitem', key)
        return self.data.get(key, 0)
    def __setitem__(self, key, value):
        print('  setitem', key, value)
        if isinstance(key, slice):
            key = (key.start, key.stop, key.step)
        self.data[key] = value
    def __delitem__(self, key):
        print('  delitem', key)
        del self.data[key]
    def __contains__(self, key):
        print('  contains', key)
        return key in self.data
g = Grid()
g[1, 2] = 'a'
g[0:3] = 'slice'
print(g[1, 2], g[9], (1, 2) in g, 5 in g, 5 not in g)
del g[1, 2]
try:
    del g['nope']
except KeyError as e:
    print('KeyError', e)
class Seq:
    def __getitem__(self, i):
        print('  Seq.getitem', i)
        if i >= 3:
            raise IndexError
        return i * i
print(list(Seq()), 4 in Seq(), 5 in Seq())
class Iter:
    def __iter__(self):
        print('  Iter.__iter__')
        return iter([3, 2, 1])
print(2 in Iter(), list(Iter()), sorted(Iter()))
class Rev:
    def __reversed__(self):
        return iter('reversed!')
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return 'ab'[i]
print(list(reversed(Rev())), list(reversed(Seq2 := type('S2', (), {'__len__': lambda s: 3, '__getitem__': lambda s, i: i * 10})())))
try:
    reversed(Iter())
except TypeError as e:
    print('TypeError', e)
class NoContains:
    pass
try:
    1 in NoContains()
except TypeError as e:
    print('TypeError', e)
try:
    NoContains()[0]
except TypeError as e:
    print('TypeError', e)
try:
    NoContains()[0] = 1
except TypeError as e:
    print('TypeError', e)
try:
    del NoContains()[0]
except TypeError as e:
    print('TypeError', e)
try:
    NoContains.x = NoContains[0]
except TypeError as e:
    print('TypeError', e)
class IterNone:
    __iter__ = None
try:
    iter(IterNone())
except TypeError as e:
    print('TypeError', e)
