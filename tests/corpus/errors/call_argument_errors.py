# Argument-count and keyword errors when calling Python functions, methods, lambdas and classes.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

def f0():
    pass
def f1(a):
    pass
def f2(a, b):
    pass
def fdef(a, b=1, c=2):
    pass
def fkw(a, *, k):
    pass
def fkw2(*, k1, k2, k3=3):
    pass
def fpos(a, b, /, c):
    pass
def fvar(a, *args):
    pass
def fkwargs(**kw):
    pass
def many(a, b, c, d):
    pass
class K:
    def m(self, x):
        pass
    @classmethod
    def cm(cls, x):
        pass
    @staticmethod
    def sm(x):
        pass
    def __init__(self, v):
        pass
k = K(1)
lam = lambda x, y=2: None
run('f0 one', lambda: f0(1))
run('f0 two', lambda: f0(1, 2))
run('f0 kw', lambda: f0(x=1))
run('f1 none', lambda: f1())
run('f1 two', lambda: f1(1, 2))
run('f2 none', lambda: f2())
run('f2 one', lambda: f2(1))
run('f2 three', lambda: f2(1, 2, 3))
run('many none', lambda: many())
run('many two', lambda: many(1, 2))
run('fdef none', lambda: fdef())
run('fdef four', lambda: fdef(1, 2, 3, 4))
run('fdef unknown kw', lambda: fdef(1, d=4))
run('fdef dup', lambda: fdef(1, a=2))
run('fdef dup kw', lambda: fdef(1, 2, b=3))
run('fkw missing k', lambda: fkw(1))
run('fkw positional k', lambda: fkw(1, 2))
run('fkw2 missing all', lambda: fkw2())
run('fkw2 missing one', lambda: fkw2(k1=1))
run('fkw2 positional', lambda: fkw2(1))
run('fkw2 positional and missing', lambda: fkw2(1, k1=2))
run('fpos as kw', lambda: fpos(a=1, b=2, c=3))
run('fpos one as kw', lambda: fpos(1, b=2, c=3))
run('fpos missing c', lambda: fpos(1, 2))
run('fvar none', lambda: fvar())
run('fvar kw', lambda: fvar(1, z=2))
run('fkwargs positional', lambda: fkwargs(1))
run('method none', lambda: k.m())
run('method two', lambda: k.m(1, 2))
run('method unbound no self', lambda: K.m())
run('classmethod none', lambda: K.cm())
run('staticmethod two', lambda: K.sm(1, 2))
run('init missing', lambda: K())
run('init too many', lambda: K(1, 2))
run('init kw', lambda: K(w=1))
run('lambda none', lambda: lam())
run('lambda three', lambda: lam(1, 2, 3))
run('lambda kw', lambda: lam(1, z=3))
run('star args not iterable', lambda: f1(*5))
run('star star not mapping', lambda: f1(**5))
run('star star non-str key', lambda: fkwargs(**{1: 2}))
run('duplicate from star star', lambda: f1(1, **{'a': 2}))
run('duplicate in two dicts', lambda: fkwargs(**{'a': 1}, **{'a': 2}))
run('object no init args', lambda: type('E', (), {})(1))
run('builtin kw', lambda: len(obj=[]))
run('builtin too many', lambda: len([], []))
run('builtin none', lambda: abs())
run('builtin divmod one', lambda: divmod(1))
run('builtin isinstance three', lambda: isinstance(1, int, 2))
run('builtin getattr one', lambda: getattr(1))
run('builtin print bad kw', lambda: print(1, foo=2))
run('builtin sorted positional key', lambda: sorted([1], None))
run('max key positional', lambda: max([1], len))
