# range: iteration, indexing, slicing, membership, len, equality, errors.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2], r[1:4], r[::-1], list(r[::-1]), r[::2], 5 in r, 6 in r, r.index(8), r.count(8))
print(range(5), range(0), range(1, 1), list(range(5, 0, -1)), list(range(-3)), list(range(0, -10, -4)), range(10)[3:100])
print(range(0) == range(1, 1), range(0, 3) == range(0, 3, 1), range(1, 5, 2) == range(1, 6, 2), range(3) != range(4))
print(r.start, r.stop, r.step, range(10).step, bool(range(0)), bool(range(1)), reversed(range(3)).__class__.__name__)
big = range(10 ** 20)
print(len(range(10 ** 6)), big[-1], 10 ** 19 in big, big[10 ** 19], big[::10 ** 10][-1])
try:
    len(range(2 ** 64))
except OverflowError as e:
    print('OverflowError', e)
for call in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: r[100], lambda: r.index(7), lambda: range(), lambda: range('a'),
             lambda: range(1, 2, 3, 4), lambda: r['a']]:
    try:
        print(call())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(hash(range(3)) == hash(range(0, 3)), list(reversed(range(1, 10, 4))), sum(range(101)), max(range(7)), sorted(range(5, 0, -2)))
print(1.0 in range(3), 'a' in range(3), True in range(2))
