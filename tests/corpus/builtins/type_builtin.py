# type() of values and isinstance/issubclass consistency.
vals = [1, 1.0, 1j, True, None, 'a', b'a', bytearray(), [], (), {}, set(), frozenset(), range(1), slice(1), ..., NotImplemented, len, print, object(), type, iter([]), iter(''), (x for x in []), lambda: 0]
for v in vals:
    t = type(v)
    print(t.__name__, t.__module__, isinstance(v, t), t is v.__class__)
print(type(int), type(type), type(type(None)), type(None)() is None)
try:
    type(None)(1)
except TypeError as e:
    print('TypeError', e)
try:
    type(...)(1)
except TypeError as e:
    print('TypeError', e)
print(type(...)() is ..., type(NotImplemented)() is NotImplemented)
