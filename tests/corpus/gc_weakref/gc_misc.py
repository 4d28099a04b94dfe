# gc module functions that are deterministic: enable/disable, is_tracked, get_referents of simple containers.
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked(Ellipsis))
print(gc.is_tracked({'a': 1}), gc.is_tracked({'a': []}))
lst = [1, 'two', (3,)]
print(sorted(map(repr, gc.get_referents(lst))))
print(type(gc.collect()).__name__, gc.collect(0) >= 0, gc.collect(2) >= 0)
try:
    gc.collect(3)
except ValueError as e:
    print('ValueError', e)
