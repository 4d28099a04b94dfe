# id() is never printed; only compared. Identity semantics of small objects used in CPython.
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c, type(id(a)).__name__, id(a) > 0)
x = None
print(x is None, None is None, True is True, ... is Ellipsis, NotImplemented is NotImplemented)
t = ()
empty = tuple()
print(t is empty, t == empty)
print(id(len) == id(len), id(print) != id(len))
