# isinstance/issubclass with builtin hierarchies, tuples, unions and abstract-ish relations.
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (float, int)), isinstance([], (tuple, (set, list))))
print(issubclass(bool, object), issubclass(int, int), issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, IndexError)))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, type), isinstance(object, object), issubclass(type, object))
print(isinstance(1, int | float), isinstance('x', int | float), issubclass(bool, int | None), isinstance(None, int | None))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)), issubclass(A, ()))
print(isinstance(B, type), isinstance(B, A), type(B()) is B, B.__class__ is type)
class A: pass
class Fake:
    @property
    def __class__(self): return A
class G:
    def __getattribute__(self, n):
        if n == "__class__": return A
        return object.__getattribute__(self, n)
class Sub(int): pass
print(isinstance(Fake(), A), isinstance(G(), A), isinstance(Sub(1), int), isinstance(1, Sub), isinstance(Fake(), Fake), isinstance(G(), G))
class M(type):
    def __instancecheck__(cls, inst): return True
class X(metaclass=M): pass
print(isinstance(3, X), isinstance(3, (str, X)), isinstance(3, str | int))
