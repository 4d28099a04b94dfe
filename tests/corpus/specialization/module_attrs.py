# Specialized module attribute loads (LOAD_ATTR/LOAD_METHOD on modules) whose guards fail:
# attributes monkeypatched, deleted and re-added mid-loop on math, on a helper module and
# on modules made with the module type; several modules at one site; module __getattr__.
import math
import _spec_helper as helper

def roots(n):
    return math.sqrt(n), math.pi

out = []
real_sqrt = math.sqrt
for i in range(40):
    if i == 15:
        math.sqrt = lambda n: ('patched', n)
    if i == 25:
        math.sqrt = real_sqrt
    if i == 30:
        math.pi = 3
    out.append(roots(i * i))
math.pi = math.tau / 2
print(out[14], out[15], out[25], out[30], roots(4))

def use_helper(i):
    return helper.triple(i), helper.SCALE
res = []
for i in range(60):
    if i == 10:
        helper.SCALE = 10
    if i == 20:
        helper.triple = helper.name
    if i == 30:
        del helper.triple
    if i == 40:
        helper.__getattr__ = lambda name: (lambda x: 'module __getattr__ ' + name)
    if i == 50:
        helper.triple = lambda x: x - 1
    try:
        res.append(use_helper(i))
    except (AttributeError, TypeError) as e:
        res.append(type(e).__name__ + ': ' + str(e))
print(res[9], res[10], res[20], res[30], res[40], res[50])
del helper.__getattr__
try:
    helper.nothing
except AttributeError as e:
    print(type(e).__name__, e)

# Several module objects at one site, made with the module type.
ModuleType = type(math)
mods = []
for k in range(3):
    m = ModuleType('made%d' % k)
    for j in range(k):
        setattr(m, 'pad%d' % j, j)
    m.value = 'value of made%d' % k
    m.get = (lambda k: lambda: k * 100)(k)
    mods.append(m)
mods.append(helper)
helper.value = 'helper value'
def read(m):
    try:
        return m.value, m.get()
    except AttributeError as e:
        return str(e)
seen = [read(mods[0] if i < 20 else mods[i % 4]) for i in range(40)]
print(seen[19:24])
del mods[1].value
mods[2].__dict__['get'] = lambda: 'replaced through __dict__'
print([read(mods[i % 3]) for i in range(30)][-3:])

# A class reached through a module, replaced on the module mid-loop.
def box(v):
    return helper.Box(v).v
vals = []
for i in range(30):
    if i == 15:
        class Box2:
            def __init__(self, v):
                self.v = -v
        helper.Box = Box2
    vals.append(box(i))
print(vals[14:16], helper.Box.__name__)
print(helper.name(), math.sqrt(16.0), math.floor(2.5))
