# globals(), locals(), vars() in module, function and class scopes.
g = globals()
print(g['__name__'], '__builtins__' in g, 'g' in g, sorted(k for k in g if not k.startswith('__')))
g['injected'] = 'via globals()'
print(injected)
def f(a, b=2):
    c = a + b
    l = locals()
    return sorted(l.items())
print(f(1))
def closure():
    x = 1
    def inner():
        y = 2
        return sorted(locals().items())
    return inner()
print(closure())
def free_var():
    x = 'free'
    def inner():
        return sorted(locals()), x
    return inner()
print(free_var())
class K:
    a = 1
    b = sorted(k for k in locals() if not k.startswith('__'))
print(K.b)
print(vars() is globals(), sorted(vars(K).keys() - {'__module__', '__dict__', '__weakref__', '__doc__'}))
def modify_locals():
    x = 1
    locals()['x'] = 2
    return x
print(modify_locals())
try:
    vars(1, 2)
except TypeError as e:
    print('TypeError', e)
