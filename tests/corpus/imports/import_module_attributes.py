# Module objects: __dict__, dir, setting attributes, module type, __name__/__doc__/__file__.
import _helper
import math
print(type(_helper).__name__, type(math) is type(_helper))
_helper.new_attr = 'added'
print(_helper.new_attr, 'new_attr' in vars(_helper), _helper.__dict__ is vars(_helper))
del _helper.new_attr
try:
    _helper.new_attr
except AttributeError as e:
    print('AttributeError', e)
try:
    math.nope
except AttributeError as e:
    print('AttributeError', e)
ModuleType = type(math)
m = ModuleType('made_by_hand', 'doc text')
m.x = 1
print(m.__name__, m.__doc__, m.x, sorted(vars(m)))
try:
    ModuleType()
except TypeError as e:
    print('TypeError', e)
def __getattr__(name):
    return 'module __getattr__ for ' + name
import sys
print(sys.modules[__name__].anything_missing)
