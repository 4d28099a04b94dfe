# tuples: creation, packing, methods, hashing, comparisons, immutability errors.
t = (1, 'two', 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t.count(1), t.index('two'), (), (1,), tuple('ab'), tuple([1, 2]))
print(1, 2 == (1, 2), (1, 2) == (1, 2), (1, 2) < (1, 2, 3), (2,) > (1, 9), (1, 2) + (3,), (0,) * 3, 2 * (1, 2))
x = 1, 2, 3
y = x,
print(x, y, type(x).__name__, len(y))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): 'a'}[(1, 2)])
for call in [lambda: t.__setitem__(0, 1), lambda: hash((1, [2])), lambda: t.index('zz'), lambda: t[10], lambda: (1,) + [2],
             lambda: t.count(), lambda: tuple(1), lambda: (1, 2) < (1, 'a')]:
    try:
        print(call())
    except (TypeError, ValueError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested, (1,) == (1.0,), ((),) != ())
mt = ([1], [2])
mt[0].append(10)
print(mt)
class T(tuple):
    pass
tt = T((1, 2))
print(tt, type(tt).__name__, tt + (3,), type(tt + (3,)).__name__, type(tt[:1]).__name__)
print(tuple(x for x in range(3)), tuple(reversed((1, 2, 3))), sorted((3, 1, 2)), min((4, 2)), sum((1, 2, 3)))
