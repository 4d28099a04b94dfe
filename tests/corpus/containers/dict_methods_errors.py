# dict method argument errors and edge cases.
d = {'a': 1}
for call in [lambda: d.get(), lambda: d.get(1, 2, 3), lambda: d.pop(), lambda: d.pop('z'), lambda: d.update([1]),
             lambda: d.update({}, {}), lambda: d.setdefault([], 1), lambda: d.fromkeys(5), lambda: d.keys(1), lambda: d.copy(1),
             lambda: d.items()[0], lambda: d.values() & {1}, lambda: d | 5, lambda: d.clear(1), lambda: dict.fromkeys([[]])]:
    try:
        print(call())
    except (TypeError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(d.pop('a', None), d, d.pop('a', 'default'), d.get('a', 'missing'), d.setdefault('n', None), d)
print({}.popitem.__name__, dict.fromkeys('', 1), dict.fromkeys([]), {**{}}, dict(**{}))
