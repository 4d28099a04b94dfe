# weakref: WeakKeyDictionary, WeakSet, WeakValueDictionary methods, finalize (also at exit),
# WeakMethod, proxy, getweakrefs, and which objects accept weak references.
import weakref
import gc

class K:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'K(%d)' % self.n
    def method(self):
        return 'method of %r' % self

a, b, c = K(1), K(2), K(3)
wkd = weakref.WeakKeyDictionary({a: 'a', b: 'b'})
wkd[c] = 'c'
print(len(wkd), sorted(wkd.values()), a in wkd, 5 in wkd, wkd[b], wkd.get(K(9), 'missing'))
del b
print(len(wkd), sorted(v for k, v in wkd.items()), sorted(map(repr, wkd.keys())))
print(wkd.pop(c), len(wkd), wkd.setdefault(a, 'other'), len(wkd.keyrefs()))
wkd.update({c: 'c2'})
print(sorted(wkd.values()), wkd.copy() == wkd, dict(wkd) == {a: 'a', c: 'c2'})
try:
    wkd[K(8)]
except KeyError as e:
    print('KeyError', type(e.args[0]).__name__)
try:
    wkd[1] = 2
except TypeError as e:
    print('TypeError', e)

ws = weakref.WeakSet([a, c])
d = K(4)
ws.add(d)
print(len(ws), a in ws, 1 in ws, sorted(map(repr, ws)))
del d
print(len(ws), sorted(map(repr, ws)))
ws.discard(c)
print(len(ws), sorted(map(repr, ws | weakref.WeakSet([c]))), ws == weakref.WeakSet([a]), ws.pop() is a, len(ws))
try:
    ws.pop()
except KeyError as e:
    print('KeyError', e)
try:
    ws.add('str')
except TypeError as e:
    print('TypeError', e)

wvd = weakref.WeakValueDictionary(x=a, y=c)
print(sorted(wvd), sorted(map(repr, wvd.values())), wvd.pop('x'), 'x' in wvd, wvd.setdefault('z', a), len(wvd))
print(wvd.pop('nope', 'default'), sorted(wvd.copy().keys()), len(wvd.valuerefs()), type(wvd.valuerefs()[0]).__name__)
key, value = wvd.popitem()
print(key in ('y', 'z'), type(value).__name__, len(wvd))
wvd.clear()
print(len(wvd), list(wvd.items()))
kr = weakref.KeyedRef(a, None, 'key')
print(kr.key, kr() is a, isinstance(kr, weakref.ref))

log = []
e = K(5)
f = weakref.finalize(e, log.append, 'e died')
print(f.alive, f.atexit, f.peek()[1:] == (log.append, ('e died',), {}))
del e
print(log, f.alive, f(), f.peek(), f.detach())
g = K(6)
f2 = weakref.finalize(g, lambda *args, **kw: (args, kw), 1, 2, x=3)
print(f2(), f2.alive, f2())
f3 = weakref.finalize(g, print, 'never')
obj, func, args, kwargs = f3.detach()
print(obj is g, func is print, args, kwargs, f3.alive)
keep = K(7)
weakref.finalize(keep, print, 'finalizer of K(7) runs at exit')
weakref.finalize(keep, print, 'newer finalizers run first')
weakref.finalize(K(10), print, 'immediately, as K(10) dies')
off = weakref.finalize(keep, print, 'not at exit')
off.atexit = False
print(off.atexit)

wm = weakref.WeakMethod(a.method)
print(wm()(), wm() == a.method, wm == weakref.WeakMethod(a.method))
m_obj = K(11)
wm2 = weakref.WeakMethod(m_obj.method, lambda r: print('WeakMethod callback', r is wm2))
del m_obj
print(wm2())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print('TypeError', e)

p = weakref.proxy(a)
p.extra = 'set through proxy'
print(p.n, a.extra, p.method(), type(p).__name__, type(weakref.proxy(len)).__name__)
print(weakref.getweakrefcount(a) > 0, weakref.proxy(len)([1, 2]), weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
t = K(12)
pt = weakref.proxy(t, lambda pr: print('proxy callback'))
del t
try:
    pt.n
except ReferenceError as e:
    print('ReferenceError', e)

x = K(13)
r1 = weakref.ref(x)
r2 = weakref.ref(x, lambda r: None)
print(weakref.getweakrefcount(x), len(weakref.getweakrefs(x)), weakref.getweakrefs(x)[0] is r1, weakref.getweakrefs(1))

class TupleSub(tuple):
    pass
class IntSub(int):
    pass
class StrSub(str):
    pass
class ListSub(list):
    pass
class Slots:
    __slots__ = ('a',)
class SlotsWeak(Slots):
    __slots__ = ('__weakref__',)
class SlotsChild(Slots):
    pass
for maker in [TupleSub, IntSub, StrSub, ListSub, Slots, SlotsWeak, SlotsChild, object, len, K.method, gc, set, frozenset]:
    try:
        target = maker() if isinstance(maker, type) else maker
        weakref.ref(target)
        print(getattr(maker, '__name__', maker), 'ok')
    except TypeError as e:
        print(getattr(maker, '__name__', maker), 'TypeError', e)
print(sorted(weakref.__all__))
print('end of program')
