# property, classmethod, staticmethod objects: getter setter deleter fget fset fdel __get__ __set__ __delete__ __set_name__ __func__ __wrapped__ __isabstractmethod__; errors.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

class Temp:
    def __init__(self):
        self._c = 0
    def _get(self):
        'celsius doc'
        return self._c
    def _set(self, v):
        if v < -273:
            raise ValueError('below absolute zero')
        self._c = v
    def _del(self):
        print('deleting')
        del self._c
    celsius = property(_get, _set, _del)
    readonly = property(lambda self: 'ro')
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9
    @classmethod
    def make(cls, c):
        t = cls()
        t.celsius = c
        return t
    @staticmethod
    def convert(c):
        return c * 2
t = Temp()
t.celsius = 25
print(t.celsius, t.f, Temp.celsius.__doc__, Temp.celsius.fget is Temp._get, Temp.celsius.fset is Temp._set, Temp.celsius.fdel is Temp._del)
t.f = 212
print(t.celsius, Temp.readonly.fset, Temp.readonly.fdel, Temp.readonly.__isabstractmethod__, type(Temp.f).__name__)
del t.celsius
print(hasattr(t, '_c'))
p = Temp.celsius
t2 = Temp()
print(p.__get__(t2), p.__get__(None, Temp) is p, p.__set__(t2, 5), t2._c, p.__delete__(t2), hasattr(t2, '_c'))
q = p.getter(lambda self: 'new getter')
r = p.setter(None)
s = p.deleter(None)
print(q is p, q.__get__(t2), q.fset is p.fset, r.fset is p.fset, r.fget is p.fget, s.fdel is p.fdel, type(q).__name__)
print(Temp.make(10).celsius, Temp.convert(4), t.convert(5), t.make(1).f, type(t.make(2)).__name__)
cm = Temp.__dict__['make']
sm = Temp.__dict__['convert']
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__, cm.__wrapped__ is cm.__func__, sm.__wrapped__ is sm.__func__)
print(cm.__get__(None, Temp)(3).celsius, cm.__get__(t)(4).celsius, sm.__get__(None, Temp)(6), sm(7), cm.__isabstractmethod__, sm.__isabstractmethod__)
print(sorted(k for k in cm.__dict__), sm.__dict__ == {} or sorted(sm.__dict__))
class Sub(Temp):
    pass
print(type(Sub.make(1)).__name__, Sub.convert(1))
class Named:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
class Holder:
    a = Named()
    p = property(lambda self: 1)
print(property.__set_name__(Holder.p, Holder, 'p'), Holder.p.__set_name__ is not None)
class PropSub(property):
    pass
class UsesSub:
    @PropSub
    def v(self):
        'sub doc'
        return 5
print(UsesSub().v, type(UsesSub.v).__name__, UsesSub.v.__doc__, type(UsesSub.v.setter(lambda s, v: None)).__name__)
run('set readonly', lambda: setattr(t, 'readonly', 1))
run('del readonly', lambda: delattr(t, 'readonly'))
run('set validation', lambda: setattr(t, 'celsius', -300))
run('del f no deleter', lambda: delattr(t, 'f'))
run('get unreadable', lambda: property().__get__(t))
run('set unsettable', lambda: property().__set__(t, 1))
run('delete undeletable', lambda: property().__delete__(t))
run('property bad kw', lambda: property(fgetter=None))
run('property too many', lambda: property(1, 2, 3, 4, 5))
run('property fget not callable', lambda: property(5).__get__(t))
run('set fget', lambda: setattr(p, 'fget', None))
run('classmethod not callable', lambda: classmethod(5).__get__(None, Temp)())
run('staticmethod call non-callable', lambda: staticmethod(5)())
run('classmethod no args', lambda: classmethod())
run('staticmethod two args', lambda: staticmethod(1, 2))
run('staticmethod kw', lambda: staticmethod(f=1))
run('get none none', lambda: cm.__get__(None, None))
run('call classmethod object', lambda: cm(1))
print(staticmethod(len)('abc'), classmethod(len).__func__ is len, property(len).fget is len)
