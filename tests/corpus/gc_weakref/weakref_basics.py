# weakref.ref: dereferencing, dead references, callbacks, getweakrefcount.
import weakref
class Obj:
    def __init__(self, name):
        self.name = name
o = Obj('target')
r = weakref.ref(o)
print(r() is o, r().name, weakref.getweakrefcount(o))
r2 = weakref.ref(o)
print(r2 is r, weakref.getweakrefcount(o))
def callback(ref):
    print('callback called, ref dead:', ref() is None, ref is cb_ref)
cb_ref = weakref.ref(o, callback)
print(weakref.getweakrefcount(o))
del o
print('after del:', r(), cb_ref())
print(r == r2, type(r).__name__, callable(r))
for bad in [1, 'str', [1], (1,), {}, None]:
    try:
        weakref.ref(bad)
    except TypeError as e:
        print('TypeError', e)
class Slotted:
    __slots__ = ('a',)
try:
    weakref.ref(Slotted())
except TypeError as e:
    print('TypeError', e)
class SlottedWeak:
    __slots__ = ('a', '__weakref__')
sw = SlottedWeak()
print(weakref.ref(sw)() is sw)
def f():
    pass
print(weakref.ref(f)() is f, weakref.ref(Obj)() is Obj)
a, b = Obj('a'), Obj('b')
ra, rb = weakref.ref(a), weakref.ref(b)
print(ra == rb, ra == weakref.ref(a), hash(ra) == hash(a))
