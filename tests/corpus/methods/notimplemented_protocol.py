# NotImplemented protocol: binary/reflected/in-place dunders on user classes, comparison fallbacks, errors when both sides decline.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return 'V(%r)' % self.x
    def __add__(self, o):
        print('  V.__add__', o)
        return V(self.x + o.x) if isinstance(o, V) else (V(self.x + o) if isinstance(o, int) else NotImplemented)
    def __radd__(self, o):
        print('  V.__radd__', o)
        return V(o + self.x) if isinstance(o, int) else NotImplemented
    def __eq__(self, o):
        print('  V.__eq__', o)
        return self.x == o.x if isinstance(o, V) else NotImplemented
    def __lt__(self, o):
        print('  V.__lt__', o)
        return self.x < o.x if isinstance(o, V) else NotImplemented
    __hash__ = None
class W(V):
    def __radd__(self, o):
        print('  W.__radd__', o)
        return 'W wins'
    def __gt__(self, o):
        print('  W.__gt__', o)
        return 'W.gt'
print(V(1) + V(2), V(1) + 5, 5 + V(1), V(1) + W(2), V(1) == V(1), V(1) != V(2), V(1) == 1, V(1) != 1)
print(V(1) < V(2), V(2) > V(1), V(1) < W(5), 3 == V(3))
run('str + V', lambda: 'a' + V(1))
run('V + str', lambda: V(1) + 'a')
run('V < int', lambda: V(1) < 3)
run('V <= V', lambda: V(1) <= V(2))
run('V * 2', lambda: V(1) * 2)
run('-V', lambda: -V(1))
run('hash V', lambda: hash(V(1)))
v = V(1)
v += 4
print(v)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        if not isinstance(o, list):
            return NotImplemented
        self.items.extend(o)
        return self
    def __add__(self, o):
        return 'Acc.__add__ fallback'
a = Acc()
a += [1, 2]
print(a.items)
a += 'xy'
print(a)
class OnlyIAdd:
    def __iadd__(self, o):
        return NotImplemented
def iadd_fail():
    o = OnlyIAdd()
    o += 1
run('iadd both decline', iadd_fail)
class Eq:
    def __eq__(self, o):
        return NotImplemented
e1, e2 = Eq(), Eq()
print(e1 == e1, e1 == e2, e1 != e2, e1 != e1, e1 == 1, [e1].count(e1), e1 in [e1], e2 in [e1])
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return 'C%d' % self.v
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max([Cmp(3), Cmp(5)]), Cmp(5) > Cmp(4))
run('Cmp <= Cmp', lambda: Cmp(1) <= Cmp(2))
print((1).__add__(V(1)), V(1).__add__(None), (1.5).__lt__(V(1)), [].__eq__(V(1)), 'x'.__mul__(2))
class Pow:
    def __pow__(self, o, mod=None):
        return ('pow', o, mod)
    def __rpow__(self, o):
        return ('rpow', o)
    def __matmul__(self, o):
        return ('matmul', o)
    def __rmatmul__(self, o):
        return ('rmatmul', o)
    def __divmod__(self, o):
        return ('divmod', o)
    def __rdivmod__(self, o):
        return ('rdivmod', o)
print(Pow() ** 2, pow(Pow(), 2, 5), 2 ** Pow(), Pow() @ 1, 1 @ Pow(), divmod(Pow(), 1), divmod(1, Pow()))
run('pow three with rpow', lambda: pow(2, Pow(), 5))
run('matmul ints', lambda: 2 @ 3)
