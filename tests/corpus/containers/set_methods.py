# set and frozenset methods and operators.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a <= b, {3} < b, a >= {1}, a > a, a == {4, 3, 2, 1})
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference([1], (2,))), sorted(a.symmetric_difference(b)))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}), a.isdisjoint(b))
s = set()
s.add(1); s.add(1); s.update([2, 3], (4,)); print(sorted(s))
s.discard(10); s.remove(1); print(sorted(s))
s.intersection_update({2, 3, 5}); print(sorted(s))
s.difference_update({2}); print(sorted(s))
s.symmetric_difference_update({3, 7}); print(sorted(s))
print(s.pop(), s, len(s))
s.clear(); print(s, set(), frozenset(), set('aab') == {'a', 'b'}, len(set([1, 1.0, True])))
c = {1, 2}
c |= {3}; c &= {1, 3, 9}; c -= {1}; c ^= {5}; print(sorted(c))
fs = frozenset([1, 2, 3])
print(fs, sorted(fs | {9}), type(fs | {9}).__name__, type({9} | fs).__name__, hash(fs) == hash(frozenset([3, 2, 1])), fs.copy() is fs)
print({fs: 'ok'}[frozenset({1, 2, 3})], {frozenset(): 1}, frozenset('ab') == {'a', 'b'})
for call in [lambda: set().pop(), lambda: {1}.remove(2), lambda: {[1]}, lambda: set().add([]), lambda: {1} | [2],
             lambda: {1} < [1], lambda: fs.add(1), lambda: {1} + {2}, lambda: set(1), lambda: {1}.update(5), lambda: hash({1}),
             lambda: {1}.issubset(5)]:
    try:
        print(call())
    except (KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({1})))
class FS(frozenset):
    pass
print(FS([1]), repr(FS()), type(FS([1]) | {2}).__name__)
