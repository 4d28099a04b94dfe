# Special methods are looked up on the type, not the instance.
class C:
    def __len__(self):
        return 1
    def __repr__(self):
        return 'C-type-repr'
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: 'instance repr'
print(len(c), c.__len__(), repr(c), c.__repr__())
class D:
    pass
d = D()
d.__add__ = lambda o: 'never'
try:
    d + 1
except TypeError as e:
    print('TypeError', e)
D.__add__ = lambda self, o: 'added on class later: %r' % (o,)
print(d + 1)
del D.__add__
try:
    d + 2
except TypeError as e:
    print('TypeError', e)
class E:
    def __getattr__(self, name):
        if name == '__len__':
            return lambda: 5
        raise AttributeError(name)
e = E()
print(e.__len__())
try:
    len(e)
except TypeError as ex:
    print('TypeError', ex)
class F:
    def __getattribute__(self, name):
        print('  getattribute', name)
        return object.__getattribute__(self, name)
    def __str__(self):
        return 'F.__str__'
f = F()
print(str(f))
print(f.__str__())
