# Specialized subscripts (BINARY_SUBSCR/STORE_SUBSCR for list[int], tuple[int], dict[key])
# at sites that later see negative, out-of-range, bool, big-int and slice indexes, missing
# keys, subclasses with __missing__/__getitem__/__setitem__, and keys with side effects.
def get(c, k):
    try:
        return c[k]
    except (IndexError, KeyError, TypeError) as e:
        return type(e).__name__ + ': ' + str(e)

def put(c, k, v):
    try:
        c[k] = v
        return 'ok'
    except (IndexError, KeyError, TypeError) as e:
        return type(e).__name__ + ': ' + str(e)

class Missing(dict):
    def __missing__(self, k):
        return 'missing ' + repr(k)
class Shifted(list):
    def __getitem__(self, i):
        return ('shifted', list.__getitem__(self, i + 1 if isinstance(i, int) else i))
    def __setitem__(self, i, v):
        list.__setitem__(self, i, ('set', v))

lst, tup, dct = [10, 20, 30], (1, 2, 3), {0: 'zero', 'k': 'kay', (1, 2): 'pair'}
probes = [(lst, 1), (lst, -1), (lst, 3), (lst, -4), (lst, True), (lst, 2 ** 70),
          (lst, slice(1, None)), (lst, 'x'), (tup, -3), (tup, 5), (tup, False),
          (tup, slice(None, None, -1)), (dct, 0), (dct, 'k'), (dct, 'nope'), (dct, (1, 2)),
          (dct, False), (dct, 0.0), (dct, [1]), (Missing(a=1), 'a'), (Missing(), 'b'),
          (Shifted([5, 6, 7]), 0), (Shifted([5, 6, 7]), slice(0, 2)), ('str', -1),
          (range(10), -2), (b'ab', 1), (lst, -2 ** 70), (tup, 2 ** 62 + 2 ** 62)]
for i in range(40):
    get(lst, i % 3)
    get(tup, -(i % 3) - 1)
    get(dct, 'k')
for c, k in probes:
    print(type(c).__name__, repr(k) if not isinstance(k, int) or k < 100 else 'big', get(c, k))

# A site warmed on tuples only, then given other sequences and bad indexes.
def nth(seq, i):
    try:
        return seq[i]
    except (IndexError, TypeError) as e:
        return type(e).__name__ + ': ' + str(e)
print([nth((i, -i, 2 * i), i % 3 - 3) for i in range(40)][-3:],
      [nth(s, k) for s, k in [((1, 2), 2), ((1, 2), -3), ([1, 2], -1), ('ab', 1), ((), 0),
                              ((1,), 2 ** 62), ((1,), True), ((1,), 1.0)]])

# Stores, warmed on in-range list indexes and str dict keys.
lst = [0] * 4
d = {}
for i in range(40):
    put(lst, i % 4, i)
    put(d, 'k%d' % (i % 5), i)
sl = Shifted([0, 0])
results = [put(lst, -1, 'neg'), put(lst, 4, 'far'), put(lst, True, 'bool'),
           put(d, 2 ** 70, 'big'), put(lst, slice(0, 2), ['a', 'b', 'c']),
           put(d, (1,), 'tuple key'), put(d, [1], 'list key'), put((1, 2), 0, 'tuple'),
           put(sl, 0, 'sub'), put(Missing(), 'm', 1)]
print(results)
print(lst, sorted(d.items(), key=repr), sl)

# Keys whose __hash__/__eq__ have side effects: each lookup hashes the key exactly once.
class Key:
    hashes = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        Key.hashes += 1
        return self.v % 4
    def __eq__(self, other):
        return isinstance(other, Key) and other.v == self.v
    def __repr__(self):
        return 'Key(%d)' % self.v
table = {Key(i): i for i in range(6)}
Key.hashes = 0
found = [get(table, Key(i)) for i in range(40)]
print(found[:8], Key.hashes)
Key.hashes = 0
for i in range(20):
    table[Key(i % 8)] = 'stored'
print(Key.hashes, len(table))

# A dict changed while a warm site keeps reading it.
cfg = {'mode': 'a'}
modes = []
for i in range(30):
    if i == 10:
        cfg['mode'] = 'b'
    if i == 20:
        del cfg['mode']
    modes.append(get(cfg, 'mode'))
print(modes[9:11], modes[20])

# Missing keys of several types at a warm dict site: the KeyError carries the key itself.
for k in [(), (1,), (3, 4), None, 2 ** 70, -0.0, frozenset(), KeyError('inner'), b'b']:
    try:
        cfg[k]
    except KeyError as e:
        print(type(e).__name__, e, e.args)
# Finally an uncaught KeyError from a warm specialized site (the traceback is compared).
def fetch(d, k):
    return d[k]
cfg['mode'] = 'again'
print([fetch(cfg, 'mode') for i in range(30)][-1])
fetch(cfg, ('no', 'such', 'key'))
