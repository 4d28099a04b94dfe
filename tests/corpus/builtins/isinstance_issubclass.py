# isinstance/issubclass with builtin hierarchies, tuples, unions and abstract-ish relations.
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (float, int)), isinstance([], (tuple, (set, list))))
print(issubclass(bool, object), issubclass(int, int), issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, IndexError)))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, type), isinstance(object, object), issubclass(type, object))
print(isinstance(1, int | float), isinstance('x', int | float), issubclass(bool, int | None), isinstance(None, int | None))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)), issubclass(A, ()))
print(isinstance(B, type), isinstance(B, A), type(B()) is B, B.__class__ is type)
