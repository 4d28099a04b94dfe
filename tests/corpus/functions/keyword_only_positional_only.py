# Keyword-only and positional-only parameters.
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(f(1, 2, 3, e=5), f(1, 2, c=3, e=5), f(1, 2, 3, 4, e=5, f=7))
def g(x, /, **kw):
    return x, kw
print(g(1, x=2), g(1))
def h(*, only):
    return only
print(h(only='kw'))
def p(a, /):
    return a
print(p(1))
try:
    p(a=1)
except TypeError as e:
    print('TypeError', e)
def q(a=1, /, b=2, *, c=3):
    return (a, b, c)
print(q(), q(10), q(10, 20), q(b=5), q(c=7), q.__defaults__, q.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames)
def r(a, *args, b, **kwargs):
    return (a, args, b, kwargs)
print(r(1, 2, 3, b=4, z=5), r(1, b=2))
