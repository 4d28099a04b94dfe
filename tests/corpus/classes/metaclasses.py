# Metaclasses: __new__, __init__, __call__, __prepare__, inheritance of metaclass, class keyword args.
log = []
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        log.append('prepare %s %s' % (name, sorted(kw)))
        return {'injected': 'by prepare'}
    def __new__(mcs, name, bases, ns, **kw):
        log.append('new %s keys=%s' % (name, sorted(k for k in ns if not k.startswith('__'))))
        cls = super().__new__(mcs, name, bases, ns)
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append('init %s' % name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        log.append('call %s %r' % (cls.__name__, args))
        return super().__call__(*args, **kwargs)
    def describe(cls):
        return 'class %s via %s' % (cls.__name__, type(cls).__name__)
class A(metaclass=Meta, flag=True):
    x = 1
    def __init__(self, v):
        self.v = v
class B(A):
    y = 2
a = A(10)
b = B(20)
for line in log:
    print(line)
print(type(A).__name__, type(B).__name__, A.kw, B.kw, A.injected, a.v, b.v, A.describe(), B.describe())
print(isinstance(A, Meta), isinstance(a, Meta), hasattr(a, 'describe'), Meta.__mro__)
class Other(type):
    pass
try:
    class C(A, metaclass=Other):
        pass
except TypeError as e:
    print('TypeError', e)
class Singleton(type):
    instances = {}
    def __call__(cls, *a):
        if cls not in cls.instances:
            cls.instances[cls] = super().__call__(*a)
        return cls.instances[cls]
class Conf(metaclass=Singleton):
    def __init__(self):
        print('Conf init once')
print(Conf() is Conf())
Dyn = Meta('Dyn', (), {'z': 3})
print(Dyn.z, Dyn.describe(), Dyn.kw)
class Repr(type):
    def __repr__(cls):
        return '<custom class %s>' % cls.__name__
class R(metaclass=Repr):
    pass
print(R, repr(R), [R])
