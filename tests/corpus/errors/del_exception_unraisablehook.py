# Exceptions in __del__ are not propagated: they go to sys.unraisablehook (here a custom deterministic one).
import sys
import gc
def hook(u):
    print('unraisable:', u.exc_type.__name__, u.exc_value, '| object:', getattr(u.object, '__qualname__', type(u.object).__name__))
sys.unraisablehook = hook
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__', self.name)
        raise ValueError('failure in del of ' + self.name)
a = Noisy('a')
del a
print('after del a')
def scope():
    b = Noisy('b')
    return 'scope done'
print(scope())
c = Noisy('c')
c = None
print('after rebinding c')
cyc = Noisy('cycle')
cyc.self_ref = cyc
del cyc
print('collected', gc.collect() >= 1)
class FailsInDelAttr:
    def __del__(self):
        self.missing.attr
x = FailsInDelAttr()
del x
print('end of program')
