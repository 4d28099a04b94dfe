# len() of all builtin containers and custom objects.
print(len(''), len('abc'), len('日本'), len(b'ab'), len(bytearray(3)), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(frozenset()))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len({}.keys()), len({'a': 1}.items()), len(memoryview(b'abc')))
for bad in [1, 1.5, None, iter([]), (x for x in []), len]:
    try:
        len(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    len()
except TypeError as e:
    print('TypeError', e)
try:
    len([], [])
except TypeError as e:
    print('TypeError', e)
