# type methods and attributes: mro __subclasses__ __instancecheck__ __subclasscheck__ __call__ __prepare__ __name__ __qualname__ __or__; errors.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

class A:
    'doc of A'
    x = 1
    def m(self):
        return 'A.m'
class B(A):
    pass
class C(A):
    y = 2
class D(B, C):
    pass
print(D.mro(), D.__mro__ == tuple(D.mro()), type.mro(D) == D.mro(), [k.__name__ for k in A.__subclasses__()], B.__subclasses__())
print(A.__instancecheck__(D()), A.__instancecheck__(5), A.__subclasscheck__(D), int.__subclasscheck__(bool), type.__instancecheck__(int, True))
print(A.__name__, D.__qualname__, A.__module__, A.__doc__, D.__doc__, A.__base__, D.__bases__, D.__base__)
print(type(A.__dict__).__name__, 'x' in A.__dict__, 'x' in D.__dict__, A.__dict__['x'], sorted(k for k in D.__dict__))
print(type.__call__(A).m(), type.__call__(int, '5'), type.__prepare__('X', ()), type(type.__prepare__()).__name__)
print(int | str, type.__or__(int, None), type.__ror__(int, str), (int | None).__args__, isinstance(5, int | str))
print(type.__repr__(A), type.__repr__(int), A.__repr__ is object.__repr__ if False else repr(A), str(D))
print(type('Dyn', (A,), {'z': 3})().z, type('Dyn', (), {}).__name__, type(5), type(A), type(type), type.__new__(type, 'N', (), {}).__name__)
print(type.__init__(A, 'A', (), {}), type.__text_signature__ is None)
print(int.__abstractmethods__ if False else 'skip', A.__annotations__, '__weakref__' in A.__dict__, '__dict__' in B.__dict__)
print(sorted(n for n in type.__dir__(A) if not n.startswith('_')), type.__getattribute__(A, 'x'), type.__sizeof__(A) > 0)
type.__setattr__(A, 'w', 9)
print(D.w, type.__delattr__(A, 'w'), hasattr(D, 'w'), type.__eq__(A, A), type.__ne__(A, B), type.__hash__(A) == hash(A), A.__eq__(A, A), A.__eq__(A, B))
A.__name__ = 'Renamed'
A.__qualname__ = 'Outer.Renamed'
print(A.__name__, A.__qualname__, repr(A), B.__base__.__name__)
A.__name__ = 'A'
A.__doc__ = 'new doc'
print(A.__doc__, A.__module__)
class Meta(type):
    def __call__(cls, *args):
        return ('made', cls.__name__, args)
    def __instancecheck__(cls, obj):
        return obj == 42
class M(metaclass=Meta):
    pass
print(M(1, 2), isinstance(42, M), isinstance(41, M), type(M).__name__, Meta.__mro__, M.mro())
run('unbound mro', lambda: Meta.mro())
run('abstractmethods', lambda: type.__abstractmethods__)
run('mro instance', lambda: type.mro(5))
run('type one arg', lambda: type())
run('type two args', lambda: type('X', ()))
run('type bad name', lambda: type(5, (), {}))
run('type bad bases', lambda: type('X', 5, {}))
run('type bad dict', lambda: type('X', (), 5))
run('type base not type', lambda: type('X', (5,), {}))
run('mro conflict', lambda: type('X', (object, A), {}))
run('duplicate base', lambda: type('X', (A, A), {}))
run('set builtin attr', lambda: setattr(int, 'foo', 1))
run('set name non-str', lambda: setattr(A, '__name__', 5))
run('set qualname non-str', lambda: setattr(A, '__qualname__', None))
run('del name', lambda: delattr(A, '__name__'))
run('del missing', lambda: delattr(A, 'nothing'))
run('missing attr', lambda: A.nothing)
run('builtin missing attr', lambda: int.nothing)
run('set bases', lambda: setattr(D, '__bases__', ()))
run('subclasses arg', lambda: A.__subclasses__(1))
run('instancecheck no arg', lambda: A.__instancecheck__())
run('or bad', lambda: int | 5)
run('call builtin type abstract', lambda: type.__call__(5))
run('subclass bool', lambda: type('X', (bool,), {}))
run('layout conflict', lambda: type('X', (int, str), {}))
