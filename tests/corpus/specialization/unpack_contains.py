# Specialized unpacking (UNPACK_SEQUENCE of 2-tuples, tuples, lists) and membership tests
# (CONTAINS_OP on dict, set, frozenset) at sites that later get wrong lengths, other
# iterables, other containers, unhashable keys and custom __contains__/__eq__/__hash__.
def two(v):
    try:
        a, b = v
        return (a, b)
    except (ValueError, TypeError) as e:
        return type(e).__name__ + ': ' + str(e)
def three(v):
    try:
        a, b, c = v
        return (c, b, a)
    except (ValueError, TypeError) as e:
        return type(e).__name__ + ': ' + str(e)
def starred(v):
    try:
        a, *rest, z = v
        return (a, rest, z)
    except (ValueError, TypeError) as e:
        return type(e).__name__ + ': ' + str(e)

def gen(n):
    yield from range(n)
for i in range(40):
    two((i, -i))
    three((i, 2, 3))
for i in range(40):
    pair = [i, -i] if i < 30 else (i, -i) if i % 2 else 'ab'
    p, q = pair
print(p, q)
for i in range(40):
    three([i, i, i] if i % 2 else (1, 2, i))
values = [(1, 2), [3, 4], (1, 2, 3), [1], (), 'ab', 'abc', {'k': 1, 'j': 2}, gen(2), gen(5),
          range(2), 5, None, {7}, iter([8, 9]), b'xy']
for v in values:
    print(two(v), '|', three(v) if not hasattr(v, '__next__') else '-', '|',
          starred(v) if not hasattr(v, '__next__') else '-')
print(three(gen(3)), three(gen(4)), starred(gen(1)), starred(gen(4)))

# A swap idiom at a warm site that later swaps non-tuples.
def swap_all(pairs):
    out = []
    for p in pairs:
        x, y = p
        y, x = x, y
        out.append((x, y))
    return out
print(swap_all([(i, str(i)) for i in range(40)])[-1], swap_all([[1, 2], 'ab', {3: 0, 4: 0}]))

# Membership: dict/set/frozenset first, then other containers at the same site.
def has(c, k):
    try:
        return k in c, k not in c
    except TypeError as e:
        return type(e).__name__ + ': ' + str(e)
class Bag:
    def __contains__(self, k):
        return k == 'magic'
class Seq:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * 10
class Eq:
    def __eq__(self, other):
        return other == 3
    __hash__ = None
for i in range(40):
    has({1: 2, i: i}, i % 3)
for i in range(40):
    has({1: 2}, i % 3)
    has({1, 2}, i % 3)
    has(frozenset({1}), i)
tests = [({1: 2}, 1), ({1: 2}, [1]), ({1, 2}, 2.0), ({1}, {1}), (frozenset({1}), [1]),
         ({frozenset({1, 2})}, {2, 1}), ({frozenset()}, set()), ([1, 2], 2), ([1, [2]], [2]),
         ('abc', 'bc'), ('abc', 1), (Bag(), 'magic'), (Bag(), 'plain'), (Seq(), 30),
         (Seq(), 31), ([Eq()], 3), ({1: 0}, True), ({1.0}, 1), (range(5), 4), (b'abc', 98),
         (b'abc', b'bc'), ({}.keys(), 1), ({'a': 1}.values(), 1), (5, 5), ({1: 0}, Eq())]
for c, k in tests:
    print(type(c).__name__, type(k).__name__, has(c, k))
# A set mutated between membership tests of one warm site.
s = set()
seen = []
for i in range(30):
    s.add(i // 2)
    seen.append(has(s, 7))
print(seen[13:16])
