# __new__ and __init__ interplay: __init__ skipped when __new__ returns other type, immutables via __new__.
class Tracker:
    def __new__(cls, *args):
        print('  __new__', cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print('  __init__', args)
t = Tracker(1, 2)
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print('  never called')
print(ReturnsOther())
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper('abc'), type(Upper('abc')).__name__)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, len(p), isinstance(p, tuple))
class NoArgsInit:
    pass
try:
    NoArgsInit(1)
except TypeError as e:
    print('TypeError', e)
class InitOnly:
    def __init__(self, a):
        self.a = a
try:
    InitOnly()
except TypeError as e:
    print('TypeError', e)
class NewOnly:
    def __new__(cls, a):
        return super().__new__(cls)
print(type(NewOnly(1)).__name__)
try:
    object.__new__(NewOnly, 1) and print('object.__new__ with extra args when __new__ overridden: ok')
except TypeError as e:
    print('TypeError', e)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print('TypeError', e)
try:
    object.__new__(int)
except TypeError as e:
    print('TypeError', e)
class Sub(InitOnly):
    def __new__(cls, *a, **k):
        inst = super().__new__(cls)
        inst.pre = 'set in new'
        return inst
s = Sub(9)
print(s.a, s.pre)
