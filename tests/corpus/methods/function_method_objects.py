# function and bound-method objects: __name__ __qualname__ __defaults__ __kwdefaults__ __code__ __closure__ __globals__ __dict__ __get__ __call__ __annotations__ __module__ __doc__; errors.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

def outer(a, b=2, *args, c, d=4, **kw) -> 'ret':
    'outer doc'
    z = 10
    def inner(x: int) -> int:
        return x + z + a
    return inner
f = outer(1, c=3)
print(outer.__name__, outer.__qualname__, f.__qualname__, outer.__module__, outer.__doc__, f.__doc__)
print(outer.__defaults__, outer.__kwdefaults__, f.__defaults__, f.__kwdefaults__, outer.__annotations__, f.__annotations__)
print(outer.__code__.co_name, outer.__code__.co_argcount, outer.__code__.co_kwonlyargcount, outer.__code__.co_varnames[:6])
print(f.__code__.co_freevars, [c.cell_contents for c in f.__closure__], outer.__closure__, f.__globals__ is globals())
print(outer.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else type(outer.__builtins__).__name__)
print(f.__call__(5), outer.__call__(0, c=0)(1), type(f.__get__(None, int)).__name__, f.__get__(7)(), f.__dict__)
f.tag = 'hello'
print(f.__dict__, f.tag, 'tag' in dir(f), hasattr(outer, 'tag'))
outer.__defaults__ = (20,)
outer.__kwdefaults__ = {'c': 30, 'd': 40}
print(outer(1)(0), outer.__defaults__, outer.__kwdefaults__)
outer.__name__ = 'renamed'
outer.__qualname__ = 'Q.renamed'
outer.__doc__ = None
print(outer.__name__, outer.__qualname__, outer.__doc__, repr(outer).startswith('<function Q.renamed at 0x'))
print(outer.__eq__(outer), outer.__ne__(f), outer.__hash__() == hash(outer), outer.__repr__() == repr(outer), outer.__str__() == str(outer))
class K:
    def meth(self, y):
        return ('meth', type(self).__name__, y)
    def __repr__(self):
        return 'K()'
k = K()
bm = k.meth
print(bm(1), bm.__func__ is K.meth, bm.__self__, bm.__name__, bm.__qualname__, bm.__doc__, bm.__call__(2))
print(bm == k.meth, bm is k.meth, bm.__eq__(k.meth), bm.__ne__(K().meth), bm.__hash__() == hash(k.meth), K.meth.__get__(k, K)(3))
print(type(bm).__name__, type(K.meth).__name__, K.meth(k, 4), bm.__module__, bm.__func__.__code__.co_varnames)
print(repr(bm).startswith('<bound method K.meth of K()>'), bm.__reduce__()[1][1] if False else 'skip', bm.__getattribute__('__name__'))
lam = lambda *a, **k: (a, k)
print(lam.__name__, lam.__qualname__, lam(1, x=2), lam.__defaults__, lam.__code__.co_flags & 0x0C)
print(len.__name__, len.__qualname__, len.__module__, len.__self__, type(len).__name__, [].append.__name__, type([].append).__name__)
print([].append.__qualname__, [].append.__self__, (5).__add__.__name__, type((5).__add__).__name__, str.upper.__qualname__, type(str.upper).__name__)
run('call missing', lambda: f())
run('call too many', lambda: f(1, 2))
run('call bad kw', lambda: f(y=1))
run('bm too many', lambda: bm(1, 2))
run('set defaults bad', lambda: setattr(f, '__defaults__', 5))
run('set kwdefaults bad', lambda: setattr(f, '__kwdefaults__', [1]))
run('set code bad', lambda: setattr(f, '__code__', None))
run('set name bad', lambda: setattr(f, '__name__', 5))
run('set closure', lambda: setattr(f, '__closure__', ()))
run('set globals', lambda: setattr(f, '__globals__', {}))
run('bm set attr', lambda: setattr(bm, 'x', 1))
run('bm missing attr', lambda: bm.nothing)
run('function missing attr', lambda: f.nothing)
run('set dict bad', lambda: setattr(f, '__dict__', 5))
run('code freevar mismatch', lambda: setattr(f, '__code__', (lambda: 0).__code__))
run('builtin set attr', lambda: setattr(len, 'x', 1))
run('get no args', lambda: f.__get__())
run('get both none', lambda: f.__get__(None, None))
run('annotations bad', lambda: setattr(f, '__annotations__', 5))
