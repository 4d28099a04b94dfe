# dir() on user classes and instances (non-dunder names, sorted), __dir__ override.
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst_attr = 3
    def child_method(self):
        pass
    @property
    def prop(self):
        return 0
def public(names):
    return [n for n in names if not n.startswith('__')]
print(public(dir(Base)))
print(public(dir(Child)))
print(public(dir(Child())))
print(dir(Child()) == sorted(dir(Child())), '__init__' in dir(Child), '__class__' in dir(Child()))
class Custom:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']
print(dir(Custom()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print('TypeError', e)
class Slotted:
    __slots__ = ('a', 'b')
print(public(dir(Slotted)), public(dir(Slotted())))
def f():
    local_one = 1
    local_two = 2
    return dir()
print(f())
class Meta(type):
    def meta_method(cls):
        pass
class WithMeta(metaclass=Meta):
    attr = 1
print(public(dir(WithMeta)), 'meta_method' in dir(WithMeta), hasattr(WithMeta, 'meta_method'))
