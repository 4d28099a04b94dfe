# Specialized method loads (LOAD_METHOD) and class attribute loads whose guards fail: an
# instance attribute shadows the method, the method is replaced on the class or overridden
# later in a subclass, Cls.attr/Cls.method() with the class changed, static/classmethods.
class Greeter:
    def hello(self, n):
        return 'hello %d' % n
class Slotted:
    __slots__ = ()
    def hello(self, n):
        return 'slotted %d' % n
class Sub(Greeter):
    pass

def call_hello(o, n):
    return o.hello(n)

g = Greeter()
out = []
for i in range(50):
    if i == 20:
        g.hello = lambda n: 'instance attr %d' % n
    if i == 30:
        del g.hello
    if i == 40:
        Greeter.hello = lambda self, n: 'replaced %d' % n
    out.append(call_hello(g, i))
print(out[19:21], out[30], out[40])

# Overridden later in a subclass; the base method changes under an untouched subclass.
objs = [Greeter(), Sub(), Slotted()]
res = []
for i in range(90):
    if i == 30:
        Sub.hello = lambda self, n: 'sub override %d' % n
    if i == 60:
        Slotted.hello = lambda self, n: 'slotted new %d' % n
        del Sub.hello
        Greeter.hello = lambda self, n: 'base again %d' % n
    res.append(call_hello(objs[i % 3], i))
print(res[27:30], res[30:33], res[60:63])

# Cls.attr and Cls.method(...) with the class attribute changed mid-loop.
class Config:
    limit = 10
    def scale(x):
        return x * 2
def use_class(i):
    return Config.limit + Config.scale(i)
vals = []
for i in range(40):
    if i == 15:
        Config.limit = 1000
    if i == 25:
        Config.scale = lambda x: -x
    if i == 35:
        Config.scale = abs
    vals.append(use_class(i - 37))
print(vals[14:16], vals[24:26], vals[35:])

# staticmethod and classmethod, swapped on the class mid-loop, called via instance and
# via class at separate sites.
class Tools:
    tag = 'T'
    @staticmethod
    def make(x):
        return ('static', x)
class SubTools(Tools):
    tag = 'S'
def via_inst(o, x):
    return o.make(x)
def via_cls(c, x):
    return c.make(x)
got = []
for i in range(60):
    if i == 20:
        Tools.make = classmethod(lambda cls, x: ('class', cls.tag, x))
    if i == 40:
        Tools.make = lambda self, x: ('plain', x)
    o = Tools() if i % 2 else SubTools()
    row = []
    for fn, arg in ((via_inst, o), (via_cls, type(o))):
        try:
            row.append(fn(arg, i))
        except TypeError as e:
            row.append(('TypeError', str(e)))
    got.append(row)
print(got[18:20], got[20:22], got[40:42])

# A callable class attribute that is not a function (no __get__ binding).
class Callable:
    def __call__(self, *args):
        return ('called with', len(args))
class UsesCallable:
    def hello(self, n):
        return 'method'
u = UsesCallable()
seq = []
for i in range(30):
    if i == 15:
        UsesCallable.hello = Callable()
    seq.append(call_hello(u, i))
print(seq[14], seq[15])
