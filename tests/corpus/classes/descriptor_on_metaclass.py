# Properties and methods defined on a metaclass are visible on the class but not on instances.
class Meta(type):
    @property
    def table_name(cls):
        return cls.__name__.lower() + 's'
    def create(cls, **fields):
        obj = cls()
        obj.__dict__.update(fields)
        return obj
class User(metaclass=Meta):
    pass
print(User.table_name, User.create(name='x').__dict__)
u = User()
print(hasattr(u, 'table_name'), hasattr(u, 'create'), 'table_name' in dir(User))
try:
    u.table_name
except AttributeError as e:
    print('AttributeError', e)
class Meta2(type):
    attr = 'meta attr'
class C(metaclass=Meta2):
    pass
class D(metaclass=Meta2):
    attr = 'class attr wins'
print(C.attr, D.attr, D().attr)
try:
    C().attr
except AttributeError as e:
    print('AttributeError', e)
