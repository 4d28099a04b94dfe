# Polymorphic attribute and method sites: more classes than a specialized site keeps entries
# for, classes changed while they have entries, classes created (and freed) in a loop, and
# objects of one class whose instance dicts differ (key order, missing keys, shadowing).
class Base:
    def __init__(self, v):
        self.v = v
    def who(self):
        return 'Base.who'
class C1(Base): pass
class C2(Base):
    def who(self):
        return 'C2.who'
class C3(Base):
    __slots__ = ('w',)
class C4(Base):
    def __init__(self, v):
        self.pad1 = self.pad2 = 0
        self.v = v
class C5(Base):
    def who(self):
        return 'C5.who'
class C6(C5): pass
class C7(Base):
    v = 'class v'
    def __init__(self, v):
        pass

def load(o):
    try:
        return o.v
    except AttributeError as e:
        return 'AttributeError: ' + str(e)
def store(o, x):
    o.v = x
def call_who(o):
    return o.who()

classes = [Base, C1, C2, C3, C4, C5, C6, C7]
objs = [c(i) for i, c in enumerate(classes)]
trace = []
for i in range(400):
    k = i % 8
    if i == 100:
        C2.extra = 'changes C2'
    if i == 150:
        C3.who = lambda self: 'C3.who added'
    if i == 200:
        del objs[1].v
    if i == 250:
        objs[5].who = lambda: 'instance who'
    if i == 300:
        C4.__getattr__ = lambda self, name: 'C4 fallback'
        del objs[4].v
    if i == 350:
        del C3.who
        del objs[5].who
        Base.who = lambda self: 'Base.who replaced'
    if i % 3 == 0 and (i < 200 or k in (0, 2, 7)):
        store(objs[k], i)
    trace.append((load(objs[k]), call_who(objs[k])))
for start in (0, 96, 144, 200, 248, 304, 352, 392):
    print(start, trace[start:start + 8])

# Objects of one class whose dicts hold the attribute at different positions.
def make(i):
    o = C1.__new__(C1)
    for j in range(i % 5):
        setattr(o, 'f%d' % j, j)
    if i % 7 != 6:
        o.v = i
    return o
made = [make(i) for i in range(70)]
print([load(o) for o in made][-8:], sum(load(o) for o in made if hasattr(o, 'v')))

# A fresh class per iteration (the old ones freed): every object is a new type at the site.
got = []
for i in range(60):
    K = type('K%d' % i, (Base,), {'who': (lambda n: lambda self: 'K%d.who' % n)(i)})
    o = K(i * 2)
    if i % 4 == 0:
        store(o, -i)
    got.append((load(o), call_who(o)))
print(got[:3], got[-3:])
