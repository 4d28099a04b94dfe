# Specialized arithmetic (BINARY_OP on small ints, floats, str + str) at sites that later
# see big ints (past 63 bits), bools, floats mixed with ints, NaN, -0.0, zero divisors,
# str subclasses and user classes with __add__/__radd__; string building in loops.
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return 'Num+%r' % (other,)
    def __radd__(self, other):
        return '%r+Num' % (other,)
    def __repr__(self):
        return 'Num'
nan = float('nan')
values = [0, 1, -7, 3, 2 ** 62 - 1, 2 ** 62, -2 ** 63, 2 ** 53 + 1, True, 2.5, -0.0, nan,
          float('inf'), Num(1)]

def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def floordiv(a, b): return a // b
def mod(a, b): return a % b
def truediv(a, b): return a / b
def and_(a, b): return a & b
def or_(a, b): return a | b
def xor(a, b): return a ^ b
def iadd(a, b):
    a += b
    return a
def imul(a, b):
    a *= b
    return a
def shifts(a, b):
    return (a << (b % 70), a >> (b % 70)) if isinstance(b, int) else a << b
ops = [add, sub, mul, floordiv, mod, truediv, and_, or_, xor, iadd, imul, shifts]

def run(op, pairs):
    out = []
    for a, b in pairs:
        try:
            out.append(op(a, b))
        except TypeError:
            out.append('TE')
        except (ZeroDivisionError, OverflowError) as e:
            out.append(type(e).__name__ + ': ' + str(e))
    return out
for op in ops:
    run(op, [(i, i % 7 + 1) for i in range(40)])
    run(op, [(i * 0.5, 2.0) for i in range(40)])
n = len(values)
for op in ops:
    rows = [run(op, [(a, b) for b in values]) for a in values]
    cols = [run(op, [(a, values[j]) for a in values]) for j in range(n)]
    same = all(repr(rows[i][j]) == repr(cols[j][i]) for i in range(n) for j in range(n))
    print(op.__name__, same)
    for a, r in zip(values, rows):
        print(' ', repr(a), r)

# Sums crossing the small-int boundary inside one loop.
acc, big = 0, []
for i in range(70):
    acc = acc * 2 + 1
    big.append(acc)
print(big[61:64], acc, -acc - 1, acc // -3, acc % -3, (-acc) >> 3)

# String building: s = s + t, s += t, with str subclasses mixed in mid-loop.
class Tag(str):
    def __add__(self, other):
        return Tag('[' + str.__add__(self, other) + ']')
    def __radd__(self, other):
        return '(' + other + str(self) + ')'
def build(parts):
    s = ''
    for p in parts:
        s = s + p
    return s
def build_aug(parts):
    s = ''
    for p in parts:
        s += p
    return s
parts = ['a', 'b'] * 20 + [Tag('T'), 'c', 'd']
print(build(parts)[-14:], build_aug(parts)[-14:], type(build(parts)).__name__)
start = Tag('x')
for i in range(3):
    start = start + 'y'
    start += 'z'
print(start, type(start).__name__, build(['q'] * 40 + [Num(0)]))
try:
    build_aug(['a'] * 30 + [1])
except TypeError as e:
    print(type(e).__name__, e)

# In-place operators warmed on numbers, then given mutable objects: they must mutate.
def ior(a, b):
    a |= b
    return a
for i in range(40):
    ior(i, 3)
lst, st = [1], {1}
class Acc:
    def __init__(self):
        self.v = []
    def __iadd__(self, o):
        self.v.append(o)
        return self
acc = Acc()
print(iadd(lst, [2]) is lst, lst, ior(st, {2}) is st, sorted(st), iadd(acc, 5) is acc,
      acc.v, iadd((1,), (2,)), imul([0], 3))
