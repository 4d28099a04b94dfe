# super() with zero and two arguments, in classmethods, staticmethod calls, properties, and __class__ cell.
class Base:
    def hello(self):
        return 'Base.hello(%s)' % type(self).__name__
    @classmethod
    def create(cls):
        return 'Base.create(%s)' % cls.__name__
    @property
    def prop(self):
        return 'Base.prop'
    def __repr__(self):
        return 'Base-repr'
class Mid(Base):
    def hello(self):
        return 'Mid>' + super().hello()
    @classmethod
    def create(cls):
        return 'Mid>' + super().create()
    @property
    def prop(self):
        return 'Mid>' + super().prop
class Leaf(Mid):
    def hello(self):
        return 'Leaf>' + super(Leaf, self).hello() + ' | skip:' + super(Mid, self).hello()
    def get_class(self):
        return __class__.__name__
leaf = Leaf()
print(leaf.hello(), Leaf.create(), leaf.prop, leaf.get_class(), repr(leaf))
print(super(Leaf, leaf).hello(), super(Mid, Leaf).create(), super(Leaf, Leaf).hello(leaf))
s = super(Mid, leaf)
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
def outside(self):
    try:
        return super().hello()
    except RuntimeError as e:
        return 'RuntimeError ' + str(e)
Leaf.outside = outside
print(leaf.outside())
try:
    super(Leaf, 5)
except TypeError as e:
    print('TypeError', e)
try:
    super(int, 'x')
except TypeError as e:
    print('TypeError', e)
class WithNew:
    def __new__(cls, *a):
        inst = super().__new__(cls)
        inst.created_by = 'WithNew.__new__'
        return inst
class Sub(WithNew):
    def __init__(self, v):
        super().__init__()
        self.v = v
obj = Sub(3)
print(obj.created_by, obj.v)
class L(list):
    def append(self, x):
        super().append(x * 2)
l = L()
l.append(5)
print(l, super(L, l).__len__())
