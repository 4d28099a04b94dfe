# max/min with iterables, multiple args, key, default, and errors.
print(max([3, 1, 2]), min([3, 1, 2]), max(3, 1, 2), min('b', 'a', 'c'), max('hello'), min((2, 'b'), (2, 'a')))
print(max([], default='empty'), min([], default=None), max([5], default=0), max(['aa', 'b', 'ccc'], key=len), min(['aa', 'b', 'ccc'], key=len))
print(max([1, -5, 3], key=abs), min(-3, 2, key=lambda v: v * v), max({'a': 3, 'b': 1}), max({'a': 3, 'b': 1}.items(), key=lambda kv: kv[1]))
print(max([2, 2.0, 2]), type(max([2, 2.0])).__name__, min([1.0, 1]), type(min([1.0, 1])).__name__)
print(max('abc', 'abd', key=lambda s: s[-1]), max([(1, 'x'), (1, 'y')], key=lambda t: t[0]))
for call in [lambda: max([]), lambda: min([]), lambda: max(), lambda: max(1), lambda: max(1, 2, default=0), lambda: max([1, 'a']),
             lambda: min([1], key=5), lambda: max([1], kee=len), lambda: min(1, 2, key=None, default=3)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(max([1, 2], key=None), min(iter([5, 3, 9])), max(x * x for x in range(-4, 3)))
