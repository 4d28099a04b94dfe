# TypeError messages for bad operand types, unhashable types, not callable/iterable/subscriptable.
five, text, none, tup, abc = 5, 'str', None, (1,), 'abc'
tests = [
    lambda: 1 + 'a', lambda: 'a' + 1, lambda: [1] + 'a', lambda: 1 - 'a', lambda: None + 1, lambda: {} + {}, lambda: {1} + {2},
    lambda: 1 * None, lambda: 'a' ** 2, lambda: [] / 2, lambda: 1 // 'x', lambda: 'x' % None if False else 'x' - 1, lambda: 1 @ 2,
    lambda: 1 < 'a', lambda: [] > (), lambda: None <= None, lambda: {} >= {}, lambda: -'x', lambda: ~1.5, lambda: abs('x'),
    lambda: {[]: 1}, lambda: {{}}, lambda: hash([]), lambda: set([[1]]), lambda: {}[{}],
    lambda: five(), lambda: text(), lambda: none(), lambda: iter(5), lambda: next([1]), lambda: len(5), lambda: five[0],
    lambda: none[0], lambda: tup[0:1:0], lambda: abc['x'], lambda: {}.x, lambda: (5).real.foo,
    lambda: sorted(5), lambda: sum(['a']), lambda: sum([1], 'x'), lambda: min([]), lambda: max(), lambda: divmod('a', 1),
    lambda: list(5), lambda: tuple(None), lambda: dict([1]), lambda: int([]), lambda: [].sort(key=5),
]
for t in tests:
    try:
        r = t()
        print('no error', r)
    except Exception as e:
        print(type(e).__name__ + ':', e)
