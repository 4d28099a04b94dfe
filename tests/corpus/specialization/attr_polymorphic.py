# Specialized instance attribute loads and stores (LOAD_ATTR/STORE_ATTR on instance dicts)
# at polymorphic sites: several classes, missing and deleted attributes, __class__ and
# __dict__ reassigned mid-loop.
class A:
    def __init__(self, x):
        self.x = x
class B:
    def __init__(self, x):
        self.pad = 0
        self.x = x * 10
class C(A):
    x = 'class-level'
class Empty:
    pass

def getx(o):
    try:
        return o.x
    except AttributeError as e:
        return 'AttributeError: ' + str(e)

def setx(o, v):
    o.x = v

objs = [A(1), B(2), C(3), Empty()]
del objs[2].x          # falls back to the class attribute
res = [getx(objs[i % 4]) for i in range(40)]
print(res[:4], res[-4:])
# Same site, monomorphic warm-up first, then the other kinds.
a = A(5)
res = [getx(a if i < 30 else objs[i % 4]) for i in range(60)]
print(res[29:34], res[-1])

# Attribute deleted and re-added mid-loop; other attributes inserted before it.
o = A(0)
seen = []
for i in range(60):
    if i == 20:
        del o.x
    if i == 25:
        o.y = 'y'
        o.x = 'readded'
    if i == 40:
        o.__dict__.clear()
    if i == 45:
        o.__dict__['x'] = 'via dict'
    seen.append(getx(o))
print(seen[19:21], seen[25], seen[39:41], seen[45], sorted(vars(o)))

# Stores that warm up on one layout, then hit objects whose dict lacks the key, or whose
# dict was replaced by a new one.
objs = [A(i) for i in range(4)]
for i in range(40):
    setx(objs[i % 4], i)
print([p.x for p in objs])
fresh = A(0)
fresh.__dict__ = {'z': 1}
setx(fresh, 'stored')
print(sorted(fresh.__dict__.items()))
d = {'x': 'old'}
for i in range(30):
    if i == 10:
        objs[0].__dict__ = d
    if i == 20:
        objs[0].__dict__ = {'w': 0}
    setx(objs[0], i)
print(d, sorted(objs[0].__dict__.items()))

# __class__ reassignment mid-loop: same dict, different type (and class attributes).
class P:
    kind = 'P'
    def __init__(self):
        self.x = 'px'
class Q:
    kind = 'Q'
    x = 'qx-class'
def getkind(o):
    return o.kind, o.x
p = P()
out = []
for i in range(40):
    if i == 15:
        p.__class__ = Q
    if i == 25:
        del p.x
    if i == 30:
        p.__class__ = P
    try:
        out.append(getkind(p))
    except AttributeError as e:
        out.append(str(e))
print(out[14], out[15], out[25], out[30], out[-1])

# Many instances of one class with attributes inserted in different orders.
def make(i):
    o = Empty()
    if i % 3 == 0:
        o.a = i; o.b = -i
    elif i % 3 == 1:
        o.b = -i; o.a = i
    else:
        o.c = 0; o.b = -i; o.a = i
    return o
def ab(o):
    return o.a + o.b * 2
print([ab(make(i)) for i in range(90)][-6:], sum(ab(make(i)) for i in range(90)))

# A generator suspended inside a warm attribute loop while the object's class changes.
def reader(o):
    while True:
        yield o.kind, getattr(o, 'x', None)
p = P()
g = reader(p)
steps = [next(g) for i in range(20)]
p.__class__ = Q
steps.append(next(g))
del p.x
steps.append(next(g))
print(steps[19:])
