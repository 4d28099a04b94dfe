# Data and non-data descriptors, precedence vs instance dict, __get__ on class access, __delete__.
class NonData:
    def __get__(self, obj, objtype=None):
        return 'nondata(%s, %s)' % (type(obj).__name__, objtype.__name__)
class Data:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return 'data on class'
        return 'data(%s)' % obj.__dict__.get('d', '-')
    def __set__(self, obj, value):
        print('  Data.__set__', value)
        obj.__dict__['d'] = value
    def __delete__(self, obj):
        print('  Data.__delete__')
        obj.__dict__.pop('d', None)
class C:
    nd = NonData()
    d = Data()
c = C()
print(c.nd, C.nd, c.d, C.d)
c.nd = 'instance shadows non-data'
print(c.nd)
c.d = 'value'
print(c.d, c.__dict__)
c.__dict__['d'] = 'direct dict write'
print(c.d)
del c.d
print(c.d)
class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 42
    def __set__(self, obj, value):
        raise AttributeError('read-only attribute')
class D:
    r = ReadOnly()
try:
    D().r = 1
except AttributeError as e:
    print('AttributeError', e)
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        return obj.__dict__[self.name] if obj else self
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('%s must be %s, got %s' % (self.name, self.kind.__name__, type(value).__name__))
        obj.__dict__[self.name] = value
class Person:
    age = Typed(int)
    name = Typed(str)
pp = Person()
pp.age = 30
pp.name = 'Al'
print(pp.age, pp.name)
try:
    pp.age = 'old'
except TypeError as e:
    print('TypeError', e)
class GetOnlyDelete:
    def __get__(self, obj, t=None):
        return 'g'
    def __delete__(self, obj):
        print('  delete called')
class E:
    a = GetOnlyDelete()
e = E()
try:
    e.a = 5
except AttributeError as ex:
    print('AttributeError', ex)
del e.a
print(E.__dict__['a'].__get__(None, E), type(E.__dict__['a']).__name__)
