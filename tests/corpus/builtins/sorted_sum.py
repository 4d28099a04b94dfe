# sorted() and sum() builtins.
print(sorted([3, 1, 2]), sorted('cba'), sorted((3, 1)), sorted({3: 1, 1: 2}), sorted([3, 1, 2], reverse=True), sorted(['b', 'A', 'a'], key=str.lower))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([]), sum(range(101)), sum([1, 2.5, 3j]))
print(sum([True, True]), sum([10 ** 20, 1]), sum(x for x in range(5)), sum([1], start=5), sum([0.5, 0.25], start=1))
for call in [lambda: sum(['a', 'b']), lambda: sum(['a'], ''), lambda: sum([b'a'], b''), lambda: sum([bytearray(b'a')], bytearray()),
             lambda: sum(5), lambda: sum([1, 'a']), lambda: sorted(), lambda: sorted([1], None), lambda: sorted(5)]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
