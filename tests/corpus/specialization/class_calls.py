# A class called at one site after warm-up: __init__ returning a value, replaced by one
# taking defaults, by another function, and that function's code replaced.
class A:
    def __init__(self, x):
        self.x = x
class B:
    def __init__(self, x):
        self.x = x
        return x
def make(c, i):
    return c(i)
for i in range(20):
    a = make(A, i)
print(a.x, type(a).__name__)
for i in range(3):
    try:
        make(B, i)
    except TypeError as e:
        print("TypeError", e)
A.__init__ = lambda self, x, y=5: setattr(self, 'x', x + y)
print(make(A, 1).x)
def g(self, x): self.x = -x
A.__init__ = g
print(make(A, 3).x)
g.__code__ = (lambda self, x: setattr(self, 'x', x * 100)).__code__
print(make(A, 3).x)
