# A complete Vector class: arithmetic, comparison, hashing, iteration, indexing, bool, abs, format.
import math
class Vector:
    def __init__(self, *components):
        self.c = tuple(components)
    def __repr__(self):
        return 'Vector%r' % (self.c,)
    def __str__(self):
        return '(' + ', '.join(str(x) for x in self.c) + ')'
    def __len__(self):
        return len(self.c)
    def __iter__(self):
        return iter(self.c)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self.c[i])
        return self.c[i]
    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c
    def __hash__(self):
        return hash(self.c)
    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self.c, other.c)))
    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self.c, k.c))
        return Vector(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return math.sqrt(sum(a * a for a in self.c))
    def __bool__(self):
        return any(self.c)
    def __format__(self, spec):
        return '<' + ', '.join(format(x, spec) for x in self.c) + '>'
v, w = Vector(3, 4), Vector(1, -2)
print(v + w, v * 2, 2 * v, v * w, -v, abs(v), bool(Vector(0, 0)), len(v), list(v), v[0], v[:1], repr(v[::-1]))
print(v == Vector(3, 4), v != w, {v: 'hashable'}[Vector(3, 4)], f'{v:.2f}', format(w, '+d'), str(v), [v])
try:
    v + 1
except TypeError as e:
    print('TypeError', e)
x, y = v
print(x, y, 3 in v, max(v), sorted(w))
