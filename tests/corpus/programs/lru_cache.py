# An LRU cache class (dict + doubly linked list), a memoizing decorator built on it, eviction callbacks and stats.
class _Node:
    __slots__ = ('key', 'value', 'prev', 'next')
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None

class LRUCache:
    def __init__(self, capacity, on_evict=None):
        if not isinstance(capacity, int) or isinstance(capacity, bool):
            raise TypeError('capacity must be an int, not %s' % type(capacity).__name__)
        if capacity < 1:
            raise ValueError('capacity must be at least 1, got %d' % capacity)
        self.capacity = capacity
        self.on_evict = on_evict
        self.map = {}
        self.head = _Node()
        self.tail = _Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.prev, node.next = self.head, self.head.next
        self.head.next.prev = node
        self.head.next = node

    def __len__(self):
        return len(self.map)

    def __contains__(self, key):
        return key in self.map

    def __getitem__(self, key):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            raise KeyError(key)
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __setitem__(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            victim = self.tail.prev
            self._unlink(victim)
            del self.map[victim.key]
            self.evictions += 1
            if self.on_evict:
                self.on_evict(victim.key, victim.value)
        node = _Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def __delitem__(self, key):
        node = self.map.pop(key)
        self._unlink(node)

    def keys(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next

    def items(self):
        return [(k, self.map[k].value) for k in self.keys()]

    def resize(self, capacity):
        self.capacity = capacity
        while len(self.map) > capacity:
            victim = self.tail.prev
            self._unlink(victim)
            del self.map[victim.key]
            self.evictions += 1

    def __repr__(self):
        return 'LRUCache(%d/%d: %s)' % (len(self), self.capacity, ', '.join('%r=%r' % kv for kv in self.items()))

    def stats(self):
        total = self.hits + self.misses
        rate = self.hits / total if total else 0.0
        return 'hits=%d misses=%d evictions=%d hit-rate=%.1f%%' % (self.hits, self.misses, self.evictions, rate * 100)

def memoize(capacity):
    def decorate(fn):
        cache = LRUCache(capacity)
        def wrapper(*args):
            try:
                return cache[args]
            except KeyError:
                result = fn(*args)
                cache[args] = result
                return result
        wrapper.cache = cache
        wrapper.__name__ = fn.__name__
        wrapper.__wrapped__ = fn
        return wrapper
    return decorate

evicted = []
c = LRUCache(3, on_evict=lambda k, v: evicted.append((k, v)))
for k, v in [('a', 1), ('b', 2), ('c', 3)]:
    c[k] = v
print(c)
print(c['a'], c.get('zz', 'none'), 'b' in c, len(c))
c['d'] = 4
print(c, evicted)
c['c'] = 30
c['e'] = 5
print(c, evicted)
del c['c']
print(c, list(c.keys()))
try:
    del c['nope']
except KeyError as e:
    print('KeyError', e)
c.resize(1)
print(c, c.stats())
for bad in ['3', 0, True, -2]:
    try:
        LRUCache(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

@memoize(100)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.__name__, len(fib.cache), fib.cache.stats())

@memoize(4)
def slow_square(n):
    print('  computing', n)
    return n * n
for n in [1, 2, 3, 1, 4, 5, 1, 2, 6, 1]:
    print('square', n, '=', slow_square(n))
print(slow_square.cache, slow_square.cache.stats())

def simulate(capacity, accesses):
    cache = LRUCache(capacity)
    for key in accesses:
        if cache.get(key) is None:
            cache[key] = key * 10
    return cache.stats()
pattern = [(i * 7) % 13 for i in range(200)] + [i % 5 for i in range(100)]
for cap in (1, 4, 8, 13):
    print('capacity %2d: %s' % (cap, simulate(cap, pattern)))
