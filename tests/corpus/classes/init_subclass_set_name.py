# __init_subclass__ with keyword arguments and __set_name__ on descriptors.
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class Alpha(Plugin):
    pass
class Beta(Plugin, name='custom-beta'):
    pass
class Gamma(Beta):
    pass
print(Plugin.registry, Alpha.plugin_name, Gamma.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print('TypeError', e)
class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
        self.private = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, 'unset')
    def __set__(self, obj, value):
        setattr(obj, self.private, value)
class Model:
    first = Field()
    second = Field()
m = Model()
m.first = 1
print(m.first, m.second, Model.first.name, sorted(vars(m)))
f = Field()
class Late:
    pass
Late.attr = f
print(hasattr(f, 'name'))
class ErrName:
    def __set_name__(self, owner, name):
        raise ValueError('boom in set_name')
try:
    class Holder:
        x = ErrName()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
class Base:
    def __init_subclass__(cls):
        print('init_subclass of', cls.__name__, 'from', __class__.__name__)
class Child(Base):
    pass
class GrandChild(Child):
    pass
