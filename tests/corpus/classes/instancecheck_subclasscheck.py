# __instancecheck__/__subclasscheck__ on metaclasses, isinstance/issubclass with tuples and errors.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, 'quack')
    def __subclasscheck__(cls, sub):
        return hasattr(sub, 'quack')
class Duck(metaclass=DuckMeta):
    pass
class Mallard:
    def quack(self):
        return 'quack'
class Rock:
    pass
print(isinstance(Mallard(), Duck), isinstance(Rock(), Duck), issubclass(Mallard, Duck), issubclass(Rock, Duck))
print(isinstance(1, (str, int)), isinstance(1, (str, (float, (int,)))), issubclass(bool, (str, int)), isinstance('x', ()))
print(isinstance(3, int | str), issubclass(bool, int | None), int | str, type(int | str).__name__)
for call in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1, [int]),
             lambda: issubclass(int, (int, 1)), lambda: isinstance()]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
class Fake:
    __class__ = int
print(isinstance(Fake(), int), type(Fake()).__name__, Fake().__class__)
