# Every binary operator dunder and its reflected and in-place forms.
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'V(%r)' % (self.v,)
ops = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'divmod', 'pow', 'lshift', 'rshift', 'and', 'xor', 'or']
def make(name):
    def fwd(self, other):
        return 'V.__%s__(%r, %r)' % (name, self.v, other)
    def rev(self, other):
        return 'V.__r%s__(%r, %r)' % (name, self.v, other)
    def inplace(self, other):
        return 'V.__i%s__(%r, %r)' % (name, self.v, other)
    return fwd, rev, inplace
for name in ops:
    f, r, i = make(name)
    setattr(V, '__%s__' % name, f)
    setattr(V, '__r%s__' % name, r)
    if name != 'divmod':
        setattr(V, '__i%s__' % name, i)
a = V(1)
print(a + 2, a - 2, a * 2, a @ 2, a / 2, a // 2, a % 2, divmod(a, 2), a ** 2, pow(a, 2), a << 2, a >> 2, a & 2, a ^ 2, a | 2, sep='\n')
print(2 + a, 2 - a, 2 * a, 2 @ a, 2 / a, 2 // a, 2 % a, divmod(2, a), 2 ** a, 2 << a, 2 >> a, 2 & a, 2 ^ a, 2 | a, sep='\n')
x = V(5); x += 1; print(x)
x = V(5); x -= 1; print(x)
x = V(5); x *= 1; print(x)
x = V(5); x @= 1; print(x)
x = V(5); x /= 1; print(x)
x = V(5); x //= 1; print(x)
x = V(5); x %= 1; print(x)
x = V(5); x **= 1; print(x)
x = V(5); x <<= 1; print(x)
x = V(5); x >>= 1; print(x)
x = V(5); x &= 1; print(x)
x = V(5); x ^= 1; print(x)
x = V(5); x |= 1; print(x)
print(pow(a, 2, 3) if False else 'three-arg pow skipped')
try:
    pow(a, 2, 3)
except TypeError as e:
    print('TypeError', e)
