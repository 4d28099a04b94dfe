# Function versions: __code__ and __defaults__ reassigned on a function that specialized
# call sites (and method calls) have cached; recursion reaching RecursionError inside a
# loop through specialized calls, caught, and normal calls afterwards.
import sys

def target(a, b):
    return a + b
def caller(x):
    return target(x, 1)

codes = {
    'sub': (lambda a, b: a - b).__code__,
    'three': (lambda a, b, c: (a, b, c)).__code__,
    'defaulted': (lambda a, b, c=100: a + b + c).__code__,
    'star': (lambda *args: args).__code__,
}
out = []
for i in range(70):
    if i == 10:
        target.__code__ = codes['sub']
    if i == 20:
        target.__code__ = codes['three']
    if i == 30:
        target.__defaults__ = ('c default',)
    if i == 40:
        target.__code__ = codes['defaulted']
    if i == 50:
        target.__defaults__ = None
    if i == 60:
        target.__code__ = codes['star']
    try:
        out.append(caller(i))
    except TypeError as e:
        out.append('TypeError: ' + str(e))
for i in (9, 10, 20, 30, 40, 50, 60):
    print(i, out[i])

# Defaults changed on a function called with some defaults missing.
def dflt(a, b=1, c=2):
    return (a, b, c)
def call_dflt(x):
    return dflt(x)
res = []
for i in range(40):
    if i == 15:
        dflt.__defaults__ = ('B', 'C')
    if i == 25:
        dflt.__defaults__ = ('only c',)
    if i == 30:
        dflt.__defaults__ = (7, 8, 9)
    try:
        res.append(call_dflt(i))
    except TypeError as e:
        res.append('TypeError: ' + str(e))
print(res[14], res[15], res[25], res[30])

# A method's function gets a new __code__; closures swap code with matching free vars.
class M:
    def m(self, x):
        return ('m', x)
def call_m(o, x):
    return o.m(x)
obj = M()
seen = []
for i in range(30):
    if i == 15:
        M.m.__code__ = (lambda self, x: ('new code', x * 2)).__code__
    seen.append(call_m(obj, i))
print(seen[14], seen[15])
def outer(k):
    def f(x):
        return x + k
    def g(x):
        return x * k
    return f, g
f, g = outer(3)
print([f(i) for i in range(20)][-1], end=' ')
f.__code__ = g.__code__
print([f(i) for i in range(20)][-1])
try:
    f.__code__ = caller.__code__
except ValueError as e:
    print(type(e).__name__, e)

# RecursionError inside a loop, through plain calls, method calls and properties.
def down(n):
    return down(n + 1) + 1
class R:
    def meth(self, n):
        return self.meth(n + 1)
    @property
    def prop(self):
        return self.prop
caught = []
for i in range(12):
    for fn in (lambda: down(0), lambda: R().meth(0), lambda: R().prop):
        try:
            fn()
        except RecursionError as e:
            caught.append(type(e).__name__)
    caught.append(caller(i) if i % 4 == 0 else i)
print(len(caught), caught[:4], caught[-1])
print(sys.getrecursionlimit(), dflt(0), target(1, 2, 3))
