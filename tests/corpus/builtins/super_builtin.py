# super() as a builtin object: unbound super, attribute access and errors.
class A:
    def m(self):
        return 'A.m'
    x = 'A.x'
class B(A):
    def m(self):
        return 'B.m'
    x = 'B.x'
b = B()
print(super(B, b).m(), super(B, b).x, super(B, B).m(b), super(B, B).x)
u = super(B)
print(type(u).__name__, u.__thisclass__.__name__, u.__self__)
try:
    super(B, b).nothing
except AttributeError as e:
    print('AttributeError', e)
try:
    super()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    super(1, b)
except TypeError as e:
    print('TypeError', e)
def func():
    return super()
try:
    func()
except RuntimeError as e:
    print('RuntimeError', e)
