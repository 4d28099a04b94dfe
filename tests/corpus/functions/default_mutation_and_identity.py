# Defaults are evaluated once and shared; kw-only defaults; changing __kwdefaults__.
def f(a, cache={}):
    cache[a] = cache.get(a, 0) + 1
    return cache
print(f(1), f(1), f(2), f.__defaults__[0] is f(3))
def g(*, sep=', ', end='.'):
    return sep.join(['a', 'b']) + end
print(g(), g(sep='-'), g.__kwdefaults__)
g.__kwdefaults__ = {'sep': '+', 'end': '!'}
print(g())
g.__kwdefaults__ = None
try:
    g()
except TypeError as e:
    print('TypeError', e)
def h(x=[]):
    x = x + [1]
    return x
print(h(), h(), h.__defaults__)
