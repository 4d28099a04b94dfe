# WeakValueDictionary: entries disappear when values die.
import weakref
class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'V(%d)' % self.n
cache = weakref.WeakValueDictionary()
a, b, c = V(1), V(2), V(3)
cache['a'] = a
cache['b'] = b
cache['c'] = c
print(sorted(cache.keys()), len(cache), cache['a'], cache.get('z'), 'b' in cache)
del b
print(sorted(cache.keys()), len(cache), 'b' in cache)
try:
    cache['b']
except KeyError as e:
    print('KeyError', e)
cache['a'] = c
del a
print(sorted(cache.items()))
del c
print(sorted(cache.items()), len(cache))
try:
    cache['x'] = 5
except TypeError as e:
    print('TypeError', e)
