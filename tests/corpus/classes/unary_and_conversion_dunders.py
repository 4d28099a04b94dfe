# Unary operators, abs, conversions (__int__, __float__, __complex__, __index__, __round__, __trunc__ etc.).
import math
class N:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'invert'
    def __abs__(self): return 'abs'
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1 + 2j
    def __index__(self): return 3
    def __round__(self, n=None): return 'round(%r)' % (n,)
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
n = N()
print(-n, +n, ~n, abs(n), int(n), float(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
print(bin(n), hex(n), oct(n), [10, 20, 30, 40][n], 'abcdef'[n:], range(n))
class OnlyIndex:
    def __index__(self):
        return 5
print(int(OnlyIndex()), float(OnlyIndex()) if False else 'float needs __float__ or __index__', complex(OnlyIndex()) if False else '')
print(float(OnlyIndex()))
class BadInt:
    def __int__(self):
        return 'x'
try:
    int(BadInt())
except TypeError as e:
    print('TypeError', e)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print('TypeError', e)
class Plain:
    pass
for fn in [lambda: -Plain(), lambda: +Plain(), lambda: ~Plain(), lambda: abs(Plain()), lambda: int(Plain()), lambda: float(Plain()),
           lambda: complex(Plain()), lambda: round(Plain()), lambda: math.floor(Plain()), lambda: [1][Plain()], lambda: bin(Plain()), lambda: len(Plain())]:
    try:
        print(fn())
    except TypeError as e:
        print('TypeError', e)
class IntSub(int):
    def __int__(self):
        return 99
print(int(IntSub(5)), IntSub(5) + 0)
