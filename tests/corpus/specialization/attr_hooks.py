# Attribute hooks that appear after warm-up: __getattr__, __getattribute__, __setattr__
# and __delattr__ assigned to a class (or a base class) mid-loop, and removed again.
class Base:
    def __init__(self, x):
        self.x = x
class Sub(Base):
    pass

def getx(o):
    try:
        return o.x
    except AttributeError as e:
        return 'AttributeError: ' + str(e)
def gety(o):
    try:
        return o.y
    except AttributeError as e:
        return 'AttributeError: ' + str(e)
def setx(o, v):
    o.x = v

o, s = Base(1), Sub(2)
out = []
for i in range(70):
    if i == 10:
        Base.__getattr__ = lambda self, name: 'getattr:' + name
    if i == 20:
        Base.__getattribute__ = lambda self, name: 'getattribute:' + name
    if i == 30:
        del Base.__getattribute__
    if i == 40:
        Sub.__getattribute__ = lambda self, name: object.__getattribute__(self, name) * 2
    if i == 50:
        del Sub.__getattribute__
        del Base.__getattr__
    out.append((getx(o), gety(o), getx(s), gety(s)))
for i in (9, 10, 20, 30, 40, 50):
    print(i, out[i])

# __setattr__ added later on the base class: stores through subclasses must call it.
log = []
def logging_setattr(self, name, value):
    log.append((type(self).__name__, name, value))
    object.__setattr__(self, name, ('logged', value))
o, s = Base(0), Sub(0)
for i in range(40):
    if i == 20:
        Base.__setattr__ = logging_setattr
    if i == 30:
        del Base.__setattr__
    setx(o if i % 2 else s, i)
print(o.x, s.x, log[:2], len(log))

# __delattr__ added later.
class D:
    pass
def churn(d, i):
    d.v = i
    try:
        del d.v
    except AttributeError as e:
        return str(e)
    return hasattr(d, 'v')
d = D()
res = []
for i in range(30):
    if i == 15:
        D.__delattr__ = lambda self, name: (_ for _ in ()).throw(AttributeError('refused ' + name))
    res.append(churn(d, i))
print(res[14], res[15], d.v)

# A class whose __getattribute__ raises AttributeError for some names, so __getattr__
# runs as the fallback; defined from the start, then swapped.
class Picky:
    def __init__(self):
        self.x = 'real x'
    def __getattribute__(self, name):
        if name == 'x' and Picky.hide:
            raise AttributeError('hidden ' + name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback ' + name
Picky.hide = False
p = Picky()
got = []
for i in range(40):
    if i == 20:
        Picky.hide = True
    if i == 30:
        Picky.__getattr__ = lambda self, name: 'new fallback'
    got.append(getx(p))
print(got[19], got[20], got[30])
del Picky.__getattr__
print(getx(p))
