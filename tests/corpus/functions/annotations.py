# Annotations on functions, variables, and classes (no typing import).
def f(x: int, y: 'str' = 'd', *args: float, z: list = None, **kw: dict) -> 'ret':
    return x
print(f.__annotations__)
x: int = 5
y: str
print(__annotations__, x)
try:
    print(y)
except NameError as e:
    print('NameError', e)
class C:
    a: int = 1
    b: 'C'
    c = 3
print(C.__annotations__, C.a, hasattr(C, 'b'))
def g():
    local: int = 3
    unassigned: str
    return local
print(g(), g.__annotations__)
def h(a: (lambda: 'computed')()) -> 1 + 1:
    pass
print(h.__annotations__)
lst = [0]
lst[0]: int = 9
print(lst)
