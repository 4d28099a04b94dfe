# Functions become bound methods via the class; instance attributes holding functions are not bound.
class C:
    def m(self, x=0):
        return ('m', type(self).__name__, x)
def free(self):
    return 'free bound to ' + type(self).__name__
C.free = free
c = C()
print(c.m(1), C.m(c, 2), c.free(), C.free(c))
c.inst_fn = lambda: 'instance function, no self'
print(c.inst_fn())
bm = c.m
print(bm(5), bm.__func__(c, 6), bm.__self__ is c)
print(type(C.__dict__['m']).__name__, type(C.m).__name__, type(c.m).__name__)
unbound = C.__dict__['m'].__get__(c, C)
print(unbound(7))
print(C.m.__get__(None, C) is C.m, type(C.m.__get__(c)).__name__)
class Bound:
    def __init__(self):
        self.handler = self.handle
    def handle(self):
        return 'handled'
print(Bound().handler())
print(len.__self__.__name__ if hasattr(len.__self__, '__name__') else None, [].append.__self__, 'abc'.upper.__self__)
print(type('abc'.upper).__name__, type(str.upper).__name__, type(str.__dict__['upper']).__name__, str.upper('x'))
print(type(int.__add__).__name__, type((1).__add__).__name__, type(object.__init__).__name__, type(dict.fromkeys).__name__)
print(int.__add__.__name__, int.__add__.__qualname__, str.upper.__qualname__, dict.fromkeys.__qualname__ if hasattr(dict.fromkeys, '__qualname__') else '')
