# staticmethod/classmethod/property called as builtins, their attributes and reprs avoided.
def f(*a):
    return a
sm = staticmethod(f)
cm = classmethod(f)
p = property(lambda self: 'got')
print(sm.__func__ is f, cm.__func__ is f, sm.__wrapped__ is f, type(sm).__name__, type(cm).__name__, type(p).__name__)
class C:
    s = sm
    c = cm
    prop = p
print(C.s(1), C().s(2), C.c(3)[0].__name__, C().c(4)[1], C().prop, C.prop is p)
print(p.fget is not None, p.fset, p.fdel, p.__doc__)
p2 = p.setter(lambda self, v: None)
print(p2 is p, p2.fset is not None, p.fset)
try:
    C().prop = 1
except AttributeError as e:
    print('AttributeError', e)
print(callable(sm), sm(5), callable(cm))
try:
    cm(1)
except TypeError as e:
    print('TypeError', e)
