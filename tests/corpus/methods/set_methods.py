# set public methods (all of them), results printed sorted; error cases.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

def S(s):
    return sorted(s) if isinstance(s, (set, frozenset)) else s

s = {1, 2, 3}
print(s.add(4), S(s), s.add(4), S(s), s.discard(10), s.discard(1), S(s), s.remove(2), S(s))
t = {3, 4, 5, 6}
print(S(s.union(t)), S(s.union([7], (8,), 'a' and [9])), S(s.intersection(t)), S(s.intersection(t, [4])), S(s.intersection()))
print(S(s.difference(t)), S(t.difference(s)), S(t.difference([3], [6])), S(s.symmetric_difference(t)), S(s.symmetric_difference([4, 9])))
print(s.issubset(t), s.issubset([3, 4, 7]), t.issuperset(s), t.issuperset([3]), s.isdisjoint(t), s.isdisjoint([8]), set().issubset(()))
u = set(range(10))
print(u.difference_update({0, 1}), u.difference_update([2], (3,)), S(u), u.intersection_update(range(5, 20)), S(u))
print(u.intersection_update([5, 6, 7], (6, 7, 8)), S(u), u.symmetric_difference_update([7, 8]), S(u), u.update([1], 'ab'), sorted(map(str, u)))
c = s.copy()
print(c == s, c is s, S(c), c.clear(), c, len(s))
p = {42}
print(p.pop(), p, type(set().copy()).__name__)
print(S(s.union()), S(s.union(s)), s.union(s) is s, S(set('hello').intersection('world')))
print(set.union({1}, {2}), S(set.intersection({1, 2}, [2, 3])), set().union())
run('remove missing', lambda: {1}.remove(2))
run('remove missing str', lambda: set().remove('key'))
run('remove unhashable', lambda: {1}.remove([1]))
run('discard unhashable', lambda: {1}.discard({}))
run('add unhashable', lambda: set().add([]))
run('pop empty', lambda: set().pop())
run('union int', lambda: {1}.union(5))
run('union unhashable', lambda: {1}.union([[1]]))
run('intersection None', lambda: {1}.intersection(None))
run('difference int', lambda: {1}.difference(1))
run('issubset int', lambda: {1}.issubset(3))
run('issuperset None', lambda: {1}.issuperset(None))
run('isdisjoint int', lambda: {1}.isdisjoint(3))
run('update int', lambda: set().update(1))
run('sym diff two args', lambda: {1}.symmetric_difference([1], [2]))
run('add no args', lambda: set().add())
run('copy arg', lambda: set().copy(1))
run('unbound frozenset', lambda: set.add(frozenset(), 1))
run('contains unhashable', lambda: [] in {1})
run('contains set in set', lambda: {1} in {frozenset({1})})
def mutate():
    x = {1, 2, 3}
    for v in x:
        x.add(v + 10)
run('changed size', mutate)
