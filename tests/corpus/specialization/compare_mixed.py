# Specialized comparisons (COMPARE_OP for small ints, floats, strs, fused with the jump of
# an if/while) at sites that later see big ints, bools, mixed int/float, NaN, -0.0, str
# subclasses, incomparable types and user classes with rich comparisons.
class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < (other.v if isinstance(other, Num) else other)
    def __eq__(self, other):
        return isinstance(other, (Num, int)) and self.v == getattr(other, 'v', other)
    __hash__ = None
class S(str):
    def __lt__(self, other):
        return 'S<'
nan = float('nan')
values = [0, 1, -7, 2 ** 62 - 1, 2 ** 62, 2 ** 62 + 2 ** 62, -2 ** 63, 2 ** 53 + 1,
          float(2 ** 53), True, 2.5, -0.0, nan, float('inf'), 'ab', 'b', '', S('ab'), Num(1)]

def lt_if(a, b):
    if a < b:
        return 'T'
    return 'F'
def le_if(a, b):
    if not a <= b:
        return 'F'
    return 'T'
def eq_if(a, b):
    return 'T' if a == b else 'F'
def ne_if(a, b):
    if a != b:
        return 'T'
    else:
        return 'F'
def gt_val(a, b):
    r = a > b
    return 'T' if r is True else 'F' if r is False else repr(r)
def ge_val(a, b):
    return str(a >= b)[0]
ops = [lt_if, le_if, eq_if, ne_if, gt_val, ge_val]

def run(op, pairs):
    out = []
    for a, b in pairs:
        try:
            out.append(op(a, b))
        except TypeError as e:
            out.append('E')
    return ''.join(out) if all(len(x) == 1 for x in out) else out
for op in ops:
    run(op, [(i, 30 - i) for i in range(40)])
    run(op, [(0.5 * i, 10.0) for i in range(40)])
n = len(values)
for op in ops:
    rows = [run(op, [(a, b) for b in values]) for a in values]
    cols = [run(op, [(a, values[j]) for a in values]) for j in range(n)]
    same = all(rows[i][j] == cols[j][i] for i in range(n) for j in range(n))
    print(op.__name__, same)
    for r in rows:
        print(' ', r)
try:
    [] < 1
except TypeError as e:
    print(type(e).__name__, e)

# Chained comparisons in a condition and as a value, crossing types mid-loop.
def chain(a, b, c):
    v = a < b <= c
    if a < b <= c:
        return ('in', v)
    return ('out', v)
print([chain(i, 5, 9) for i in range(8)][3:7],
      [chain(x, 5, y) for x, y in [(2 ** 63, 2 ** 64), (4.5, 5), (nan, 9), (True, 5.0)]])

# while conditions whose operands change type during the loop.
def count_until(limit, step):
    i, n = 0, 0
    while i < limit:
        i += step
        n += 1
    return n, i
print(count_until(100, 1), count_until(10.5, 1), count_until(2 ** 64, 2 ** 62),
      count_until(3, 0.75), count_until(nan, 1), count_until(-0.0, 1))
lst, k = [], 0
while k != 40 and len(lst) < 50:
    lst.append(k)
    k = k + 1 if k < 30 else float(k + 1)
print(len(lst), lst[-2:], k)

# Comparisons whose jump needs a long offset (the fused jump's argument is extended).
body = '\n'.join('        acc += %d' % k for k in range(150))
src = ('def long_if(a, b):\n    acc = 0\n    if a < b:\n%s\n    return acc\n'
       'def long_while(n, step):\n    i = acc = 0\n    while i < n:\n        i += step\n%s\n'
       '    return i, acc\n') % (body, body)
ns = {}
exec(src, ns)
print([ns['long_if'](i, 20) for i in range(40)][18:22], ns['long_if'](2.5, 3),
      ns['long_if'](2 ** 70, 1), ns['long_if']('a', 'b'))
print([ns['long_while'](i, 1) for i in range(12)][-1], ns['long_while'](3.5, 1),
      ns['long_while'](2 ** 64, 2 ** 63))

# Strings compared by code point, including surrogates and non-BMP characters.
strs = ['', 'a', 'ab', '\x7f', '\x80', '\xe9', '\u07ff', '\u0800', '\ud800', '\udfff',
        '\ue000', '\uffff', '\U00010000', '\U0010ffff', 'a\ud800', 'a\U00010000']
for op in (lt_if, eq_if, ge_val):
    print(op.__name__, ' '.join(run(op, [(a, b) for b in strs]) for a in strs))
