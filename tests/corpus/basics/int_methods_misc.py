# int attributes and dunder methods called directly.
n = 42
print(n.__index__(), n.__int__(), n.__float__(), n.__abs__(), n.__neg__(), n.__pos__(), n.__invert__())
print(n.__bool__(), (0).__bool__(), n.__trunc__(), n.__floor__(), n.__ceil__(), n.__round__(-1))
print(n.__eq__(42), n.__eq__(42.0), n.__eq__('x'), n.__lt__(50), n.__lt__(1.5))
print(n.__add__('x'), n.__radd__(3), n.__sub__(2), n.__rsub__(2), n.__mod__(5), n.__rmod__(100))
print(n.__pow__(2), n.__pow__(2, 5), n.__rpow__(2), n.__lshift__(2), n.__rshift__(2))
print(n.__and__(15), n.__or__(1), n.__xor__(1), n.__divmod__(5), n.__rdivmod__(100))
print(n.__format__('x'), n.__format__(''), n.__str__(), n.__repr__(), n.__sizeof__() > 0)
print(int.__doc__.splitlines()[0])
print(n.__class__, int.__name__, int.__qualname__, int.__module__)
print((255).__format__('#010b'), format(255, '_x'), format(10 ** 10, ','), format(-5, '+'))
print(int.__mro__, int.__base__, int.__bases__)
print(NotImplemented, repr(NotImplemented), Ellipsis, ..., type(...).__name__)
