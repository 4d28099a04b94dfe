# Class patterns: positional with __match_args__, keyword attributes, builtins' self-matching.
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def m(obj):
    match obj:
        case Point3(0, 0, 0):
            return 'origin3'
        case Point3(x, y, z=zz) if zz > 10:
            return 'high point3 %r %r %r' % (x, y, zz)
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=y):
            return 'on y axis %r' % y
        case Point(x, 0):
            return 'on x axis %r' % x
        case Point():
            return 'some point'
        case int(n) | float(n):
            return 'number %r' % n
        case str(s):
            return 'string %r' % s
        case bool(b):
            return 'unreachable bool'
        case list([a, b]):
            return 'list of two'
        case dict({'k': v}):
            return 'dict with k %r' % v
        case tuple((1, *_)):
            return 'tuple starting 1'
        case _:
            return 'other'
for o in [Point3(0, 0, 0), Point3(1, 2, 30), Point3(1, 2, 3), Point(0, 0), Point(0, 5), Point(7, 0), Point(1, 1), 3, 2.5, True, 'str',
          [1, 2], {'k': 9}, (1, 2, 3), (2,), None]:
    print(m(o))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print('TypeError', e)
class TooMany:
    __match_args__ = ('a',)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print('TypeError', e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print('TypeError', e)
class BadArgs:
    __match_args__ = ['a']
try:
    match BadArgs():
        case BadArgs(x):
            pass
except TypeError as e:
    print('TypeError', e)
match Point(1, 2):
    case Point(x=1) as p:
        print('as binds', p.y)
try:
    match 1:
        case len():
            pass
except TypeError as e:
    print('TypeError', e)
