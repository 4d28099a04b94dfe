# Common OO patterns without abc: NotImplementedError in base methods, template method, mixins.
class Shape:
    def area(self):
        raise NotImplementedError('%s must implement area' % type(self).__name__)
    def describe(self):
        return '%s with area %.2f' % (type(self).__name__, self.area())
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Blob(Shape):
    pass
for s in [Square(3), Circle(1), Blob()]:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print('NotImplementedError', e)
class ReprMixin:
    def __repr__(self):
        fields = ', '.join('%s=%r' % kv for kv in sorted(vars(self).items()))
        return '%s(%s)' % (type(self).__name__, fields)
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    __hash__ = None
class Pt(ReprMixin, EqMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Pt(1, 2), Pt(1, 2) == Pt(1, 2), Pt(1, 2) == Pt(2, 1), Pt.__hash__, [c.__name__ for c in Pt.__mro__])
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
        return self
    def pop(self):
        if not self._items:
            raise IndexError('pop from empty Stack')
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __iter__(self):
        return reversed(self._items)
s = Stack().push(1).push(2).push(3)
print(len(s), list(s), s.pop(), list(s))
try:
    Stack().pop()
except IndexError as e:
    print('IndexError', e)
