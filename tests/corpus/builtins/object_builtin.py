# object() instances and type relationships.
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), hash(o) == hash(o), str(type(o)))
try:
    object(1)
except TypeError as e:
    print('TypeError', e)
try:
    o.attr = 1
except AttributeError as e:
    print('AttributeError', e)
print(object.__name__, object.__bases__, object.__mro__, type(object), type(type), isinstance(object, type))
print(sorted(n for n in dir(o) if n in ('__eq__', '__hash__', '__repr__', '__str__', '__class__', '__init__')))
sentinel = object()
d = {'key': None}
print(d.get('key', sentinel) is sentinel, d.get('other', sentinel) is sentinel)
