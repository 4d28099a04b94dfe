# Evaluating the repr of values gives equal values back.
values = [0, -7, 10 ** 30, 1.5, -0.0, 1e-300, 2j, 'str', 'quote\'s', b'\x00bytes', [1, [2]], (1,), (), {'a': (1, 2)}, {1, 2}, frozenset(), None, True, ...,
          range(3), slice(1, 2), float('inf') if False else 1e308]
for v in values:
    back = eval(repr(v))
    print(repr(v), back == v, type(back) is type(v))
