# Specialized for loops (FOR_ITER over range, list and tuple iterators) at one site that
# later gets generators, dicts, strs, sets, custom iterators; lists mutated during the loop.
def total(it):
    acc = []
    for x in it:
        acc.append(x)
    return acc

def gen(n):
    for i in range(n):
        yield i * i

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return 'old%d' % i

iterables = [range(3), [1, 2], (3, 4), gen(3), {'a': 1, 'b': 2}, 'xyz', {5},
             Countdown(3), OldStyle(), iter([9, 8]), range(10, 0, -4), b'AB',
             {'k': 'v'}.items(), reversed([1, 2, 3]), range(2 ** 62, 2 ** 62 + 2),
             range(2 ** 63 - 2, 2 ** 63 + 1), range(-2 ** 63 + 1, -2 ** 63 - 2, -1),
             range(0, 2 ** 64, 2 ** 62 + 1), range(5, 5), range(-3, 3, 2)]
for i in range(40):
    total(range(i % 5))
for it in iterables:
    print(type(it).__name__, total(it))
# The same site again, alternating quickly.
out = []
for i in range(90):
    kind = i % 3
    out.append(total(range(i % 4) if kind == 0 else [i] * (i % 3) if kind == 1 else (i, -i)))
print(out[-6:])

# A list mutated while a specialized loop walks it.
def grow(lst, limit):
    seen = []
    for x in lst:
        seen.append(x)
        if len(lst) < limit:
            lst.append(x + 1)
    return seen
def shrink(lst):
    seen = []
    for x in lst:
        seen.append(x)
        if x == 2:
            lst.clear()
    return seen
def pop_front(lst):
    seen = []
    for x in lst:
        seen.append(x)
        if lst:
            del lst[0]
    return seen
for i in range(30):
    grow([0], 3)
    shrink([1, 2, 3])
    pop_front([1, 2, 3, 4])
print(grow([0], 6), shrink([1, 2, 3, 4]), pop_front(list(range(8))))

# An exhausted list iterator stays exhausted even if the list grows afterwards.
lst = [1, 2]
it = iter(lst)
print(total(it), end=' ')
lst.append(3)
print(total(it), total(lst))

# Nested loops at warm sites, with break/continue/else.
def nested(rows):
    found = []
    for r in rows:
        for v in r:
            if v < 0:
                break
            if v % 2:
                continue
            found.append(v)
        else:
            found.append('row done')
    return found
for i in range(30):
    nested([[1, 2], (3, 4)])
print(nested([[1, 2, -1, 4], (6, 7), range(3), 'ab' and [8], iter([10, -2, 12])]))
try:
    total(5)
except TypeError as e:
    print(type(e).__name__, e)
