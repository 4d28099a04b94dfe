# property with getter/setter/deleter, decorator form, docstrings, read-only errors, inheritance.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        """Temperature in C."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('below absolute zero')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('  deleting')
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, type(Temp.celsius).__name__)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError', e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    del t.fahrenheit
except AttributeError as e:
    print('AttributeError', e)
del t.celsius
print(t.celsius)
def get_x(self):
    return self._x
def set_x(self, v):
    self._x = v * 2
class Old:
    x = property(get_x, set_x, None, 'x doc')
o = Old()
o.x = 4
print(o.x, Old.x.__doc__, Old.x.fget is get_x, Old.x.fset is set_x, Old.x.fdel)
class Base:
    @property
    def val(self):
        return 'base'
class Derived(Base):
    @Base.val.getter
    def val(self):
        return 'derived'
print(Derived().val, Base().val)
class Lazy:
    @property
    def broken(self):
        raise AttributeError('inner missing')
    def __getattr__(self, name):
        return 'fallback for ' + name
print(Lazy().broken)
p = property()
try:
    p.__get__(1)
except AttributeError as e:
    print('AttributeError', e)
class RO:
    @property
    def ro(self):
        return 1
try:
    RO().ro = 2
except AttributeError as e:
    print('AttributeError', e)
