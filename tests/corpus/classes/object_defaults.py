# Default object behaviour: __eq__ returning NotImplemented, __ne__ derived, __init_subclass__, __reduce__-free basics.
class P:
    pass
a, b = P(), P()
print(object.__eq__(a, a), object.__eq__(a, b), object.__ne__(a, b), object.__lt__(a, b), a.__eq__(b), a.__ne__(a))
print(object.__hash__(a) == hash(a), type(object.__str__(5)).__name__, object.__str__(5), object.__repr__(5) if False else '')
print(a.__class__.__name__, P.__mro__, P.__bases__, object.__bases__, P.__doc__, P.__module__, P.__name__)
print(object.__format__(5, ''), format(P.__name__, '>5'))
try:
    object.__format__(5, 'd')
except TypeError as e:
    print('TypeError', e)
try:
    object.__init__(a, 1)
except TypeError as e:
    print('TypeError', e)
try:
    object().x = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    object().__dict__
except AttributeError as e:
    print('AttributeError', e)
print(type(object()).__name__, isinstance(object(), object), isinstance(P, object), isinstance(type, object), isinstance(object, type))
print(issubclass(type, object), type(type) is type, type.__mro__, P.__sizeof__(a) > 0)
o = P()
o.x = 1
print(o.__getattribute__('x'), object.__getattribute__(o, 'x'), o.__setattr__('y', 2), o.y, o.__delattr__('y'), hasattr(o, 'y'))
