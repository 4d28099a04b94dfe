# repr() of builtin values of every kind.
values = [0, -1, 10 ** 25, 1.5, -0.0, float('inf'), 1e-7, 1j, -2 - 3j, True, None, ..., NotImplemented, 'str', "it's", b'bytes',
          bytearray(b'ba'), [1, 'a'], (1,), (), {'a': [1]}, {1, 2}, frozenset([3]), set(), range(3), range(1, 9, 2), slice(1, None),
          int, str, type, object, len.__name__, KeyError('k'), ValueError('a', 1), memoryview is not None]
for v in values:
    print(repr(v))
print(repr(print), repr(len), repr(dict.fromkeys) if False else '')
