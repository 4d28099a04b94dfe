# *args/**kwargs definitions and call-site unpacking.
def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, *[2, 3], *(4,), x=1, **{'y': 2}, z=3))
print(f(*'ab', *range(2)), f(**{'k': 1}, **{'j': 2}), f(*{}), f(*{1: 'a'}))
def g(a, b, *rest, c=0, **others):
    return a, b, rest, c, others
print(g(1, 2), g(1, 2, 3, 4, c=5, d=6), g(*[1, 2, 3]), g(**{'a': 1, 'b': 2, 'q': 3}))
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print('TypeError', e)
try:
    f(**{1: 2})
except TypeError as e:
    print('TypeError', e)
try:
    f(*5)
except TypeError as e:
    print('TypeError', e)
try:
    f(**5)
except TypeError as e:
    print('TypeError', e)
try:
    g(1, 2, a=3)
except TypeError as e:
    print('TypeError', e)
def pass_through(*a, **k):
    return f(*a, **k)
print(pass_through(1, x=2))
args = (1, 2)
kwargs = {'c': 3}
print(g(*args, **kwargs))
print(type(f()[0]).__name__, type(f()[1]).__name__)
def mutate(**kw):
    kw['added'] = True
    return kw
base = {'a': 1}
print(mutate(**base), base)
