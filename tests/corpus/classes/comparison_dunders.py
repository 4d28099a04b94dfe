# Rich comparisons: reflection, NotImplemented fallbacks, subclass priority, identity default for ==.
class C:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print('  C.__eq__', self.v, getattr(o, 'v', o))
        return NotImplemented if not isinstance(o, C) else self.v == o.v
    def __lt__(self, o):
        print('  C.__lt__', self.v, getattr(o, 'v', o))
        return NotImplemented if not isinstance(o, C) else self.v < o.v
    def __le__(self, o):
        print('  C.__le__')
        return self.v <= o.v
class D(C):
    def __gt__(self, o):
        print('  D.__gt__', self.v, o.v)
        return self.v > o.v
    def __eq__(self, o):
        print('  D.__eq__')
        return 'D-eq-result'
print(C(1) == C(1), C(1) == 5, C(1) != C(2), C(1) < C(2), C(2) > C(1), C(1) <= C(1))
print(C(1) < D(2))
print(C(1) == D(1))
try:
    C(1) < 5
except TypeError as e:
    print('TypeError', e)
try:
    C(1) >= C(0)
except TypeError as e:
    print('TypeError', e)
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a != a)
try:
    a < b
except TypeError as e:
    print('TypeError', e)
class AlwaysEq:
    def __eq__(self, o):
        return True
print(AlwaysEq() == 3, 3 == AlwaysEq(), AlwaysEq() != 3, [AlwaysEq()] == [1], 1 in [AlwaysEq()], [1].count(AlwaysEq()))
class NeOnly:
    def __ne__(self, o):
        return 'ne-called'
print(NeOnly() != 1, NeOnly() == 1)
class Weird:
    def __eq__(self, o):
        return 'truthy string'
print(Weird() == 1, [Weird()] == [1], Weird() in [1])
