# Specialized __slots__ reads and writes (LOAD_ATTR_SLOT/STORE_ATTR_SLOT) whose guards
# fail: unset and deleted slots, other classes at the same site, subclasses, __class__
# reassignment between compatible layouts, and the slot descriptor replaced on the class.
class S:
    __slots__ = ('a', 'b')
    def __init__(self, a):
        self.a = a
class T(S):
    __slots__ = ('c',)
class WithDict(S):
    pass
class Plain:
    def __init__(self, a):
        self.a = a

def geta(o):
    try:
        return o.a
    except AttributeError as e:
        return type(e).__name__ + ': ' + str(e)
def getb(o):
    try:
        return o.b
    except AttributeError as e:
        return type(e).__name__ + ': ' + str(e)
def seta(o, v):
    o.a = v

s = S(1)
out = []
for i in range(50):
    if i == 20:
        del s.a
    if i == 30:
        s.a = 'again'
    if i == 40:
        s.b = 'b set'
    out.append((geta(s), getb(s)))
print(out[19], out[20], out[30], out[40])
try:
    del s.b
    del s.b
except AttributeError as e:
    print(type(e).__name__, e)

# One site, instances of the slot class, a slotted subclass, a subclass with a dict and
# an unrelated class with an instance dict.
objs = [S(1), T(2), WithDict(3), Plain(4)]
objs[2].extra = 'x'
res = []
for i in range(80):
    o = objs[0] if i < 30 else objs[i % 4]
    seta(o, i)
    res.append(geta(o))
print(res[28:34], [geta(o) for o in objs])
try:
    S(0).zzz = 1
except AttributeError as e:
    print(type(e).__name__, e)
t = T(5)
try:
    t.c
except AttributeError as e:
    print(type(e).__name__, e)

# __class__ reassignment between two slotted classes with the same layout.
class S2:
    __slots__ = ('a', 'b')
    tag = 'S2'
s = S(10)
seen = []
for i in range(40):
    if i == 15:
        s.__class__ = S2
    if i == 25:
        s.__class__ = S
    seta(s, i)
    seen.append((geta(s), type(s).__name__))
print(seen[14], seen[15], seen[25], seen[-1])

# The slot descriptor replaced on the class by a property (reads) and restored.
member = S.__dict__['a']
s = S('m')
vals = []
for i in range(45):
    if i == 15:
        S.a = property(lambda self: 'property wins')
    if i == 30:
        S.a = member
    vals.append(geta(s))
print(vals[14], vals[15], vals[29], vals[30])
# Writing through a replaced descriptor: property without a setter.
S.a = property(lambda self: 'ro')
errs = []
for i in range(3):
    try:
        seta(s, i)
    except AttributeError as e:
        errs.append(str(e))
print(errs[0])
S.a = member
# The member descriptor applied to a wrong object.
try:
    member.__get__(Plain(1), Plain)
except TypeError as e:
    print(type(e).__name__, e)
