# Class-level changes after warm-up that specialized attribute reads and writes must see:
# a base class attribute changed (seen through subclasses), a property added that shadows
# instance dicts, __bases__ reassigned, and descriptor classes that gain __get__/__set__.
class Base:
    level = 'base'
    def __init__(self):
        self.own = 'own'
class Mid(Base):
    pass
class Leaf(Mid):
    pass

def read_level(o):
    return o.level
def read_cls_level(cls):
    return cls.level

leaf, mid = Leaf(), Mid()
out = []
for i in range(60):
    if i == 20:
        Base.level = 'changed on base'
    if i == 30:
        Mid.level = 'set on mid'
    if i == 40:
        del Mid.level
    if i == 50:
        del Base.level
    try:
        out.append((read_level(leaf), read_cls_level(Leaf), read_level(mid)))
    except AttributeError as e:
        out.append(str(e))
print(out[19], out[20], out[30], out[40], out[50])

# A property added to the class later wins over the instance dict entry; removing it
# lets the instance dict show through again.
def read_own(o):
    return o.own
b = Base()
seen = []
for i in range(50):
    if i == 20:
        Base.own = property(lambda self: 'from property')
    if i == 35:
        del Base.own
    seen.append(read_own(b))
print(seen[19], seen[20], seen[34], seen[35])

# __bases__ reassigned: the attribute comes from a different base afterwards.
class Other:
    level = 'other'
class Flex(Base):
    pass
Base.level = 'base again'
f = Flex()
got = []
for i in range(40):
    if i == 20:
        Flex.__bases__ = (Other,)
    got.append(read_level(f))
print(got[19], got[20], Flex.__mro__[1].__name__)

# A plain class attribute whose own class later gains __get__: it becomes a (non-data)
# descriptor, so reads through instances and through the class call it from then on.
class Value:
    pass
class Holder:
    v = Value()
def show(r):
    return r if isinstance(r, str) else type(r).__name__
def read_v(o):
    return show(o.v)
def read_cls_v(cls):
    return show(cls.v)
h = Holder()
res = []
for i in range(40):
    if i == 20:
        Value.__get__ = lambda self, obj, typ: 'get via ' + ('class' if obj is None else 'instance')
    res.append((read_v(h), read_cls_v(Holder)))
print(res[19], res[20], res[39])

# A non-data descriptor shadowed by an instance dict entry; its class later gains __set__
# and becomes a data descriptor, which wins over the instance dict for reads and writes.
log = []
class Desc:
    def __get__(self, obj, typ):
        return 'Desc.__get__'
class Owner:
    a = Desc()
def read_a(o):
    return o.a
def write_a(o, v):
    o.a = v
ow = Owner()
ow.__dict__['a'] = 'instance value'
reads = []
for i in range(40):
    if i == 20:
        Desc.__set__ = lambda self, obj, v: log.append(v)
    write_a(ow, i)
    reads.append(read_a(ow))
print(reads[19], reads[20], reads[39])
print(ow.__dict__, log[:3], len(log))
