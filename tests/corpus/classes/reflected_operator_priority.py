# Subclass reflected methods take priority; NotImplemented chains; TypeError messages with class names.
class Base:
    def __add__(self, o):
        return 'Base.__add__'
    def __radd__(self, o):
        return 'Base.__radd__'
class Sub(Base):
    def __radd__(self, o):
        return 'Sub.__radd__'
print(Base() + Sub(), Sub() + Base(), 1 + Base(), Base() + 1)
class NI:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
try:
    NI() + NI()
except TypeError as e:
    print('TypeError', e)
try:
    NI() + 1
except TypeError as e:
    print('TypeError', e)
try:
    1 - NI()
except TypeError as e:
    print('TypeError', e)
class Left:
    def __mul__(self, o):
        return NotImplemented
class Right:
    def __rmul__(self, o):
        return 'Right.__rmul__ got ' + type(o).__name__
print(Left() * Right(), [1] * 2, 3 * Right())
class IAdd:
    def __init__(self):
        self.log = []
    def __iadd__(self, o):
        self.log.append(o)
        return self
    def __add__(self, o):
        return 'plain add'
x = IAdd()
y = x
x += 1
x += 2
print(x is y, x.log)
class NoIAdd:
    def __add__(self, o):
        return 'fell back to __add__'
z = NoIAdd()
z += 1
print(z)
class IAddNI:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return 'add after iadd NotImplemented'
w = IAddNI()
w += 1
print(w)
class Cmp:
    def __lt__(self, o):
        return NotImplemented
try:
    Cmp() < Cmp()
except TypeError as e:
    print('TypeError', e)
print(Cmp().__lt__(1), Cmp() == Cmp(), Cmp() != 1)
class AddNone:
    __add__ = None
try:
    AddNone() + 1
except TypeError as e:
    print('TypeError', e)
