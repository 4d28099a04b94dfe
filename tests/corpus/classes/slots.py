# __slots__: no __dict__, AttributeError messages, inheritance, __weakref__, class variable conflicts.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, '__dict__'), P.__slots__, type(P.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError', e)
try:
    p.y
except AttributeError as e:
    print('AttributeError', e)
p.y = 5
del p.y
try:
    del p.y
except AttributeError as e:
    print('AttributeError', e)
class Q(P):
    pass
q = Q(2)
q.anything = 'ok'
print(q.x, q.__dict__)
class R(P):
    __slots__ = ('z',)
r = R(3)
r.z = 4
print(r.x, r.z, hasattr(r, '__dict__'))
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
try:
    class Conflict:
        __slots__ = ('v',)
        v = 1
except ValueError as e:
    print('ValueError', e)
class S:
    __slots__ = 'single'
s = S()
s.single = 'str slots'
print(s.single, S.__slots__)
class Empty:
    __slots__ = ()
try:
    Empty().a = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    class BadSlot:
        __slots__ = (1,)
except TypeError as e:
    print('TypeError', e)
class Counted:
    __slots__ = ('n',)
    total = 0
    def __init__(self):
        Counted.total += 1
        self.n = Counted.total
print([Counted().n for _ in range(3)], Counted.total)
