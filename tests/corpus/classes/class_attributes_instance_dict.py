# Class vs instance attributes, shadowing, mutation through instance, vars(), __dict__ contents.
class C:
    shared = []
    count = 0
    def __init__(self, name):
        self.name = name
        C.count += 1
    def add(self, x):
        self.shared.append(x)
a, b = C('a'), C('b')
a.add(1); b.add(2)
print(C.shared, a.shared is b.shared, C.count, a.count)
a.count = 100
print(a.count, b.count, C.count, vars(a), vars(b))
del a.count
print(a.count)
print(sorted(k for k in C.__dict__ if not k.startswith('__')), type(C.__dict__).__name__)
try:
    C.__dict__['new'] = 1
except TypeError as e:
    print('TypeError', e)
C.new_attr = 'added later'
print(a.new_attr, 'new_attr' in vars(C))
a.__dict__['direct'] = 'via dict'
print(a.direct, vars(a))
a.__dict__ = {'replaced': True}
print(vars(a), hasattr(a, 'name'))
try:
    a.__dict__ = 5
except TypeError as e:
    print('TypeError', e)
try:
    vars(5)
except TypeError as e:
    print('TypeError', e)
class Empty:
    pass
e = Empty()
print(vars(e), e.__dict__, Empty.__name__, Empty.__qualname__, Empty.__module__, Empty.__doc__)
setattr(e, 'not an identifier', 1)
print(vars(e), getattr(e, 'not an identifier'))
print(e.__class__ is Empty, type(e) is Empty)
class Other:
    pass
e.__class__ = Other
print(type(e).__name__)
try:
    e.__class__ = int
except TypeError as ex:
    print('TypeError', ex)
print(sorted(n for n in dir(a) if not n.startswith('__')))
