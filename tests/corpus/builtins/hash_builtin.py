# hash() of ints, floats, tuples, frozensets, None, bools (values fixed in CPython; str hashes are not printed).
for v in [0, 1, -1, -2, 2 ** 31, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30, 1.0, 1.5, -1.5, 0.1, 1e100, float('inf'), float('-inf'), -0.0]:
    print(repr(v), hash(v))
for t in [(), (1,), (1, 2), (2, 1), ((1,), (2,)), (1, (2, (3,))), (True, False), (1.5, -1)]:
    print(t, hash(t))
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(True) == hash(1), hash(1.0) == hash(1))
print(hash(1 + 0j) == hash(1), hash(2j), hash(3 - 4j), hash(float('nan')) == hash(float('nan')) or 'nan hashes by identity')
for bad in [[], {}, set(), bytearray(), ([],)]:
    try:
        hash(bad)
    except TypeError as e:
        print('TypeError', e)
