# types.GenericAlias: repr, equality, calls, unions, attribute delegation, subclassing.
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__, list[int].__origin__, list[int].__args__)
print(list[int]([1, 2]), type[int], tuple[()], list[int] == list[int], list[int] == list[str])
print(list[int] | None, int | list[str])
try: isinstance([], list[int])
except TypeError as e: print(e)
print(list[int].append, type(list[int]), dict[str, int].fromkeys('ab'))
class L(list[int]): pass
print(L.__mro__, L.__orig_bases__)
print(hash(list[int]) == hash(list[int]), repr(dict[int, 'x']))
GA = type(list[int])
class X(GA):
    pass
print(type(X(list, (int,))).__name__, X(dict, (str, int)), GA(list, int), GA(tuple, ()) == tuple[()])
for bad in [lambda: GA(), lambda: GA(list), lambda: GA(list, int, 1), lambda: GA(list, int, x=1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
