# Specialized property reads (LOAD_ATTR_PROPERTY calls the getter directly) whose guards
# fail: the property replaced or deleted, the getter's __code__/__defaults__ replaced, a
# getter that raises, a property subclass overriding __get__, a property re-initialized.
class Temp:
    def __init__(self, c):
        self.c = c
    @property
    def f(self):
        return self.c * 9 / 5 + 32

def read_f(o):
    try:
        return o.f
    except (AttributeError, ValueError) as e:
        return type(e).__name__ + ': ' + str(e)

t = Temp(100)
original = Temp.__dict__['f'].fget
out = []
for i in range(60):
    if i == 10:
        Temp.f = property(lambda self: 'replaced property')
    if i == 20:
        Temp.f = property(original, doc='same getter, new property')
    if i == 30:
        del Temp.f
    if i == 35:
        t.f = 'instance attribute'
    if i == 40:
        Temp.f = property(lambda self: 'property over instance dict')
    out.append(read_f(t))
print(out[9], out[10], out[20], out[30], out[35], out[40])

# The getter's __code__ replaced mid-loop (same function object).
def kelvin(self):
    return self.c + 273
def rankine(self):
    return (self.c + 273) * 9 / 5
class K:
    def __init__(self, c):
        self.c = c
    k = property(kelvin)
def read_k(o):
    try:
        return o.k
    except TypeError as e:
        return type(e).__name__ + ': ' + str(e)
k = K(27)
vals = []
for i in range(50):
    if i == 20:
        kelvin.__code__ = rankine.__code__
    if i == 30:
        kelvin.__code__ = (lambda self, extra: self.c + extra).__code__
    if i == 35:
        kelvin.__defaults__ = (5,)
    if i == 40:
        kelvin.__defaults__ = (1000,)
    if i == 45:
        kelvin.__code__ = (lambda self: self.c).__code__
    vals.append(read_k(k))
print(vals[19], vals[20], vals[30], vals[35], vals[40], vals[45])

# A getter that raises: AttributeError falls back to __getattr__, others propagate.
class Flaky:
    mode = 'ok'
    @property
    def f(self):
        if Flaky.mode == 'attr':
            raise AttributeError('getter says no')
        if Flaky.mode == 'value':
            raise ValueError('bad value')
        return 'fine'
fl = Flaky()
seen = []
for i in range(50):
    Flaky.mode = 'ok' if i < 20 or i % 3 == 0 else ('attr' if i % 3 == 1 else 'value')
    if i == 35:
        Flaky.__getattr__ = lambda self, name: 'rescued ' + name
    seen.append(read_f(fl))
print(seen[19:23], seen[35:38])

# A property subclass that overrides __get__: the getter must not be called directly.
class LoudProperty(property):
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return 'LoudProperty.__get__ -> ' + str(self.fget(obj))
class Loud:
    @LoudProperty
    def f(self):
        return 'getter'
def read_loud(o):
    return o.f
print([read_loud(Loud()) for i in range(30)][-1])

# A property re-initialized in place: the same object now has another getter.
class Re:
    @property
    def f(self):
        return 'first getter'
def second(self):
    return 'second getter'
def read_re(o):
    return o.f
first = Re.__dict__['f'].fget
r = Re()
got = []
for i in range(30):
    if i == 15:
        Re.__dict__['f'].__init__(second)
    got.append(read_re(r))
print(got[14], got[15], got[-1])
# ... and again after the last reference to the first getter is dropped.
del first
for i in range(30):
    if i == 15:
        Re.__dict__['f'].__init__(lambda self: 'fourth getter')
    got.append(read_re(r))
print(got[-16], got[-15], got[-1])
