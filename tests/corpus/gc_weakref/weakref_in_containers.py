# Lists of weak references; checking which objects are alive after deletions.
import weakref
class Item:
    def __init__(self, n):
        self.n = n
items = [Item(i) for i in range(5)]
refs = [weakref.ref(it) for it in items]
print([r() is not None for r in refs])
del items[1]
items.pop()
print([r() is not None for r in refs], [r().n for r in refs if r() is not None])
items.clear()
print([r() for r in refs])
class Cache:
    def __init__(self):
        self._refs = {}
    def put(self, key, obj):
        self._refs[key] = weakref.ref(obj, lambda r, key=key: self._refs.pop(key, None) and print('evicted', key))
    def get(self, key):
        r = self._refs.get(key)
        return r() if r else None
c = Cache()
a, b = Item('a'), Item('b')
c.put('a', a)
c.put('b', b)
print(c.get('a').n, sorted(c._refs))
del a
print(c.get('a'), sorted(c._refs))
del b
print(sorted(c._refs))
