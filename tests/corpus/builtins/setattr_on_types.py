# Setting attributes on builtin types, functions, modules and classes.
import math
def f():
    pass
f.x = 1
setattr(f, 'y', 2)
print(f.x, f.y, sorted(f.__dict__))
class C:
    pass
C.z = 3
print(C.z, C().z)
for target in [int, str, list, object, type(None)]:
    try:
        setattr(target, 'new', 1)
    except TypeError as e:
        print('TypeError', e)
for target in [1, 'x', [], None, (1,)]:
    try:
        setattr(target, 'new', 1)
    except AttributeError as e:
        print('AttributeError', e)
math.custom_attribute = 'set on module'
print(math.custom_attribute)
del math.custom_attribute
print(hasattr(math, 'custom_attribute'))
