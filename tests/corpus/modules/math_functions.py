# Every function of the math module: values, special values and CPython's errors.
import math

names = sorted(n for n in dir(math) if not n.startswith('_'))
print(len(names), names)

def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(expr, '->', repr(r))

inf, nan = math.inf, math.nan
one_arg = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'cos', 'cosh', 'erf',
           'erfc', 'exp', 'exp2', 'expm1', 'fabs', 'gamma', 'lgamma', 'sin', 'sinh', 'sqrt',
           'tan', 'tanh', 'log', 'log2', 'log10', 'log1p', 'degrees', 'radians', 'ulp',
           'isnan', 'isinf', 'isfinite', 'modf', 'frexp']
for name in one_arg:
    for arg in ['0.0', '-0.0', '0.5', '1', '-1', '2.5', '-2.5', '3', '-700.5', '1e300', 'inf', '-inf', 'nan', '10**400', '"x"']:
        show('math.%s(%s)' % (name, arg))
for name in ['floor', 'ceil', 'trunc']:
    for arg in ['2.5', '-2.5', '7', 'inf', 'nan', '10**30', '1e20', 'True', '"x"']:
        show('math.%s(%s)' % (name, arg))
for expr in ['math.pow(2, 10)', 'math.pow(-2, 3)', 'math.pow(-8, 1/3)', 'math.pow(0, 0)', 'math.pow(0, -1)',
             'math.pow(inf, -1)', 'math.pow(-inf, 3)', 'math.pow(nan, 0)', 'math.pow(1, nan)', 'math.pow(10, 400)',
             'math.pow(0.5, inf)', 'math.pow(2, -inf)', 'math.pow(-1, inf)', 'math.pow(1e-300, 1e300)',
             'math.atan2(1, -1)', 'math.atan2(-0.0, -1)', 'math.atan2(inf, inf)', 'math.atan2(nan, 1)',
             'math.copysign(1, -0.0)', 'math.copysign(nan, -1)', 'math.fmod(7, -3)', 'math.fmod(-7, inf)',
             'math.fmod(inf, 2)', 'math.fmod(1, 0)', 'math.remainder(5, 2)', 'math.remainder(7, 2)',
             'math.remainder(-7, 2)', 'math.remainder(inf, 1)', 'math.remainder(1, inf)', 'math.remainder(1, 0)',
             'math.nextafter(0.0, 1.0)', 'math.nextafter(1.0, 0.0)', 'math.nextafter(inf, 0)', 'math.nextafter(1, 1)',
             'math.ulp(5e-324)', 'math.ulp(1e308)', 'math.ulp(-2.0)', 'math.ulp(1.7976931348623157e308)',
             'math.ldexp(1, 1024)', 'math.ldexp(1.5, -1074)', 'math.ldexp(1, -1080)', 'math.ldexp(-3.0, 10**20)',
             'math.ldexp(2.0, -10**20)', 'math.ldexp(0.0, 10**20)', 'math.ldexp(inf, -5)', 'math.ldexp(1.0, 2.0)',
             'math.frexp(5e-324)', 'math.frexp(-0.1)', 'math.frexp(1e308)',
             'math.log(8, 2)', 'math.log(100, 10)', 'math.log(2**1000, 2)', 'math.log(10**400, 10)', 'math.log(1, 1)',
             'math.log(0)', 'math.log(-1)', 'math.log(0, 2)', 'math.log(2, 0.5)', 'math.log()', 'math.log(1, 2, 3)',
             'math.log2(2**2000)', 'math.log10(10**500)', 'math.log(-10**400)', 'math.log10(0)',
             'math.gamma(0.5)', 'math.gamma(5)', 'math.gamma(-0.5)', 'math.gamma(171.5)', 'math.gamma(-3)',
             'math.gamma(1e-300)', 'math.gamma(-200.5)', 'math.lgamma(100)', 'math.lgamma(-0.5)', 'math.lgamma(1e306)',
             'math.erf(0.3)', 'math.erfc(10)', 'math.erfc(-3)',
             'math.hypot()', 'math.hypot(3)', 'math.hypot(-3, 4)', 'math.hypot(1, 2, 3, 4, 5)', 'math.hypot(inf, nan)',
             'math.hypot(nan, 1)', 'math.hypot(1e308, 1e308)', 'math.hypot(5e-324, 5e-324)', 'math.hypot(0.1, 0.2)',
             'math.hypot("a")', 'math.dist((1, 2), (4, 6))', 'math.dist([0], [2.5])', 'math.dist((1,), (1, 2))',
             'math.dist((1, 2, 3), (-1, -2, -3))', 'math.dist(1, 2)']:
    show(expr)
for expr in ['math.fsum([0.1] * 10)', 'math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])',
             'math.fsum([])', 'math.fsum([1e308, 1e308])', 'math.fsum([inf, -inf])', 'math.fsum([inf, 1, inf])',
             'math.fsum([nan, 1])', 'math.fsum(range(10))', 'math.fsum([2.0**53, 1.0, 2.0**-53])',
             'math.fsum([1.0, 1e-16, 1e-16])', 'math.fsum(["a"])', 'math.fsum(1)',
             'math.prod(range(1, 11))', 'math.prod([2.5, 4])', 'math.prod([], start=7)', 'math.prod([[1]], start=3)',
             'math.prod(["a", 2], start=1)', 'math.prod([1, 2], 3)',
             'math.gcd(2**100, 6**50)', 'math.gcd(-4)', 'math.gcd(0, 0)', 'math.gcd(1.5)', 'math.lcm()', 'math.lcm(0, 5)',
             'math.lcm(-4, 6)', 'math.lcm(2**70, 3)', 'math.lcm(4, 0, "x")',
             'math.factorial(25)', 'math.factorial(True)', 'math.factorial(-1)', 'math.factorial(2**70)',
             'math.factorial(1.0)', 'len(str(math.factorial(500)))',
             'math.comb(5, 0)', 'math.comb(5, 6)', 'math.comb(2**70, 2)', 'math.comb(60, 30)', 'math.comb(-1, 1)',
             'math.comb(1, -1)', 'math.comb(1.0, 1)', 'math.comb(1)', 'math.perm(5)', 'math.perm(5, None)',
             'math.perm(5, 2)', 'math.perm(5, 6)', 'math.perm(2**70, 2)', 'math.perm(-1)', 'math.perm(3, -1)',
             'math.perm()', 'math.perm(2**70, 2**64)',
             'math.isqrt(0)', 'math.isqrt(99)', 'math.isqrt(10**41)', 'math.isqrt(2**200 - 1)', 'math.isqrt(-1)',
             'math.isqrt(2.0)', 'math.isqrt(True)',
             'math.isclose(1.0, 1.0 + 1e-10)', 'math.isclose(1, 1.1, rel_tol=0.2)', 'math.isclose(0, 1e-10)',
             'math.isclose(0, 1e-10, abs_tol=1e-9)', 'math.isclose(inf, inf)', 'math.isclose(inf, -inf)',
             'math.isclose(nan, nan)', 'math.isclose(1, 2, rel_tol=-1)', 'math.isclose(1, 2, 3)',
             'math.sqrt()', 'math.sqrt(1, 2)', 'math.pow(1)', 'math.copysign(1, 2, 3)', 'math.sqrt(x=1)']:
    show(expr)

class T:
    def __trunc__(self):
        return 'trunc'
    def __floor__(self):
        return 'floor'
    def __ceil__(self):
        return 'ceil'
    def __float__(self):
        return 2.25
class I:
    def __index__(self):
        return 12
class BadFloat:
    def __float__(self):
        return 1
print(math.trunc(T()), math.floor(T()), math.ceil(T()), math.sqrt(T()), math.gcd(I(), 8), math.sqrt(I()))
for expr in ['math.trunc(I())', 'math.sqrt(BadFloat())', 'math.floor(I())', 'math.factorial(I())']:
    show(expr)
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.nan).__name__)
print(math.sqrt.__name__, type(math.sqrt).__name__, math.__name__)
