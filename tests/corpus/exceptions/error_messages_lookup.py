# KeyError/IndexError messages and reprs.
tests = [lambda: {}['k'], lambda: {}[1], lambda: {}[(1, 2)], lambda: {}[''], lambda: {}[None], lambda: {'a': 1}.pop('b'),
         lambda: [][0], lambda: [1, 2][5], lambda: [1][-2], lambda: ()[0], lambda: 'abc'[3], lambda: b'x'[1], lambda: bytearray()[0],
         lambda: range(3)[3], lambda: [].pop(), lambda: {}.popitem(), lambda: set().pop(), lambda: {1}.remove(5),
         lambda: [1, 2].pop(9), lambda: 'x'[-5], lambda: [0][2 ** 70], lambda: (1, 2).index(3), lambda: [1].index(3),
         lambda: 'abc'.index('z'), lambda: {}['multi\nline']]
for t in tests:
    try:
        t()
    except LookupError as e:
        print(type(e).__name__, repr(e), str(e), e.args)
    except ValueError as e:
        print(type(e).__name__, repr(e))
