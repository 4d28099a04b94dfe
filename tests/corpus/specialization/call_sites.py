# Specialized calls (CALL_PY_EXACT_ARGS, CALL_PY_WITH_DEFAULTS, CALL_NATIVE) at sites whose
# callee changes after warm-up: other Python functions, defaults used or not, builtins,
# classes, bound methods, lambdas, callable objects, generators, closures, keywords.
def one(a):
    return ('one', a)
def two(a, b):
    return ('two', a, b)
def dflt(a, b=10, c=20):
    return ('dflt', a, b, c)
def star(*args):
    return ('star', args)
def kwonly(a, *, k=1):
    return ('kwonly', a, k)
def gen(a):
    yield a
    yield -a
class Klass:
    def __init__(self, a):
        self.a = a
    def __repr__(self):
        return 'Klass(%r)' % (self.a,)
    def meth(self, a):
        return ('meth', self.a, a)
class CallMe:
    def __call__(self, a):
        return ('__call__', a)

def call1(f, x):
    return f(x)

callees = [one, dflt, star, kwonly, gen, abs, str, Klass, Klass(7).meth,
           lambda a: ('lambda', a), CallMe(), two]
out = []
for i in range(120):
    f = one if i < 30 else callees[i % len(callees)]
    try:
        r = call1(f, i)
    except TypeError as e:
        r = ('TypeError', str(e))
    if type(r).__name__ == 'generator':
        r = ('gen', list(r))
    out.append(r)
print(out[29])
for r in out[36:48]:
    print(r)

# Defaults partly used at one site, then the callee's defaults tuple differs.
def call2(f, x, y):
    return f(x, y)
def make(default):
    def inner(a, b, c=default):
        return (a, b, c)
    return inner
fs = [make(i) for i in range(4)]
res = [call2(fs[0] if i < 20 else fs[i % 4], i, -i) for i in range(40)]
print(res[19:24])
res = [call2(dflt if i % 2 else two, i, 0) for i in range(40)]
print(res[-2:])

# Keyword arguments at a warm positional site's neighbour, same shape each time.
def kw(f, x):
    return f(x, b=x * 2)
print([kw(dflt if i < 25 else two, i) for i in range(30)][-6:-4])
try:
    kw(Klass, 1)
except TypeError as e:
    print(type(e).__name__, e)

# A bound method and its function called alternately at one site.
k = Klass('self')
def call_bound(m, x):
    return m(x)
print([call_bound(k.meth if i % 2 else Klass.meth.__get__(Klass('other')), i)
       for i in range(40)][-2:])

# The callee rebinding itself while running (a recursive function replaced by its caller).
def countdown(n):
    if n == 0:
        return 'done'
    if n == 5:
        globals()['countdown'] = lambda n: 'replaced at %d' % n
    return countdown(n - 1)
print([countdown(3) for i in range(20)][-1], countdown(10), countdown(3))

# An uncaught error raised through warm specialized calls and a property getter: the
# traceback must show every frame.
class Prop:
    def __init__(self, n):
        self.n = n
    @property
    def checked(self):
        if self.n == 25:
            raise ValueError('bad n %d' % self.n)
        return self.n
def inner(a, b):
    return Prop(a + b).checked
def outer_call(i):
    return inner(i, 0)
for i in range(30):
    outer_call(i)
