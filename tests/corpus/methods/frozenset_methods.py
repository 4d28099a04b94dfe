# frozenset public methods and dunders: copy difference intersection isdisjoint issubset issuperset symmetric_difference union; hash; errors.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

def S(s):
    return sorted(s) if isinstance(s, (set, frozenset)) else s

f = frozenset([3, 1, 2])
g = frozenset('ab')
print(S(f), f.copy() is f, S(f.union([4])), S(f.union()), S(f.intersection({2, 3, 4})), S(f.difference([1])),
      S(f.symmetric_difference({3, 9})), f.isdisjoint(g), f.issubset(range(5)), f.issuperset([1, 1]))
print(type(f.union()).__name__, type(f.copy()).__name__, type(f.difference()).__name__, frozenset() == set(), frozenset([1]) == {1})
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(f) == hash(frozenset(f)))
print(frozenset.__new__(frozenset, [1]), frozenset(), frozenset(frozenset([1])) , len(f), 2 in f, f.__contains__(7))
d = {frozenset([1, 2]): 'a', frozenset(): 'empty'}
print(d[frozenset([2, 1])], d[frozenset()], {1, 2} in {frozenset({1, 2})}, set([1]) in d if False else 'skip')
class FS(frozenset):
    pass
h = FS([1, 2])
print(type(h).__name__, type(h.copy()).__name__, type(h | {3}).__name__, type(h.union()).__name__, S(h), h == {1, 2})
print(frozenset.union(f, [7]) == {1, 2, 3, 7}, S(frozenset.__and__(f, frozenset([1]))), f.__or__([1]))
run('add', lambda: f.add(1))
run('remove', lambda: f.remove(1))
run('discard', lambda: f.discard(1))
run('update', lambda: f.update([1]))
run('pop', lambda: f.pop())
run('clear', lambda: f.clear())
run('ior on name', lambda: exec('z = frozenset()\nz |= {1}\nprint(type(z).__name__, sorted(z))'))
run('union int', lambda: f.union(1))
run('unhashable member', lambda: frozenset([[1]]))
run('issubset None', lambda: f.issubset(None))
run('unbound on set', lambda: frozenset.copy({1}))
run('lt int', lambda: f < 1)
run('new kw', lambda: frozenset(iterable=[1]))
