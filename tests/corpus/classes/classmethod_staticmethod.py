# classmethod and staticmethod: binding, inheritance, alternate constructors, call through instance.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split('-')))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return '%s(%d, %d, %d)' % (type(self).__name__, self.y, self.m, self.d)
class MyDate(Date):
    pass
print(Date.from_string('2024-02-29'), MyDate.from_string('2000-1-1'), MyDate(1, 2, 3).from_string('5-6-7'))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
cm = Date.__dict__['from_string']
sm = Date.__dict__['is_leap']
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__(4), callable(sm))
print(Date.from_string.__self__ is Date, MyDate.from_string.__self__ is MyDate)
class Counter:
    count = 0
    @classmethod
    def inc(cls):
        cls.count += 1
        return cls.count
class SubCounter(Counter):
    pass
print(Counter.inc(), Counter.inc(), SubCounter.inc(), Counter.count, SubCounter.count)
def plain(x):
    return x
class Holder:
    s = staticmethod(plain)
    c = classmethod(lambda cls, x: (cls.__name__, x))
print(Holder.s(1), Holder().s(2), Holder.c(3), Holder().c(4))
print(staticmethod(plain)(5))
class Chained:
    @classmethod
    @property
    def cprop(cls):
        return 'class property of ' + cls.__name__
print(Chained.cprop)
