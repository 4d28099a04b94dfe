# Shadowing builtins locally and globally, and restoring them.
import builtins
print(len('abc'))
def local_len():
    len = lambda x: 'shadowed'
    return len('abc')
print(local_len(), len('abc'))
len = lambda x: 'global shadow'
print(len('abc'))
del len
print(len('abc'))
def use_max():
    return max(1, 2)
max = min
print(use_max())
del max
print(use_max(), builtins.max is max)
print(type(builtins).__name__, builtins.__name__, 'print' in dir(builtins))
try:
    undefined_function()
except NameError as e:
    print('NameError', e)
def f():
    return undefined_global
try:
    f()
except NameError as e:
    print('NameError', e)
print(__builtins__ is builtins or __builtins__ is builtins.__dict__)
