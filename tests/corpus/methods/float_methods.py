# Every public method and attribute of float, plus dunders called directly; error cases.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', repr(r))

def c(m, *args):
    try:
        return repr(m(*args))
    except Exception as e:
        return '%s(%s)' % (type(e).__name__, e)

inf, nan = float('inf'), float('nan')
for x in (0.0, -0.0, 1.5, -2.25, 3.0, 1e300, 1e-310, 0.1):
    print(repr(x), x.is_integer(), x.hex(), x.conjugate(), x.real, x.imag)
for x in (0.5, -2.25, 3.0, 0.1, 1e-310):
    print(x.as_integer_ratio())
print(inf.hex(), nan.hex(), (-inf).hex(), inf.is_integer(), nan.is_integer())
for s in ('0x1.8p1', '-0x1p-2', '0x.8', 'inf', '-Infinity', 'nan', '  0x10  ', '0X1P+4', '1'):
    print(s.strip(), float.fromhex(s))
run('fromhex bad', lambda: float.fromhex('0x1.g'))
run('fromhex empty', lambda: float.fromhex(''))
run('fromhex overflow', lambda: float.fromhex('0x1p99999'))
run('fromhex int arg', lambda: float.fromhex(12))
run('as_integer_ratio inf', lambda: inf.as_integer_ratio())
run('as_integer_ratio nan', lambda: nan.as_integer_ratio())
run('hex arg', lambda: (1.0).hex(1))
run('is_integer arg', lambda: (1.0).is_integer(2))
class F(float):
    pass
print(type(F.fromhex('0x1p3')).__name__, F.fromhex('0x1p3'), type(F(2.5).conjugate()).__name__)
a = 7.5
for name in ['__add__', '__sub__', '__mul__', '__truediv__', '__floordiv__', '__mod__', '__divmod__',
             '__pow__', '__radd__', '__rsub__', '__rmul__', '__rtruediv__', '__rfloordiv__', '__rmod__',
             '__rdivmod__', '__rpow__', '__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__']:
    m = getattr(a, name)
    print(name, c(m, 2), c(m, -0.5), c(m, True), c(m, 'x'), c(m, None), c(m, -3))
for name in ['__neg__', '__pos__', '__abs__', '__bool__', '__int__', '__float__', '__trunc__',
             '__floor__', '__ceil__', '__round__', '__repr__', '__str__', '__getnewargs__']:
    print(name, getattr(-2.5, name)(), getattr(0.0, name)(), getattr(3.5, name)())
print((2.675).__round__(2), (2.5).__round__(), (3.5).__round__(), (1234.5).__round__(-2), (0.5).__round__(None))
print((1.5).__format__('.3f'), (1.5).__format__('e'), (1.5).__format__(''), (1e20).__format__('g'))
print(float.__new__(float, '1.25'), float.__new__(float))
print((1.5).__hash__(), (2.0).__hash__() == hash(2), (-1.0).__hash__(), inf.__hash__())
print(float.__add__(1.0, 2.0), (0.1).__eq__(0.1), (1.0).__eq__(1))
run('floordiv zero', lambda: (1.0).__floordiv__(0))
run('truediv zero', lambda: (1.0).__truediv__(0.0))
run('mod zero', lambda: (1.0).__mod__(0))
run('divmod zero', lambda: (1.0).__divmod__(0.0))
run('pow neg frac', lambda: (-8.0).__pow__(1 / 3))
run('pow zero neg', lambda: (0.0).__pow__(-1))
run('pow overflow', lambda: (10.0).__pow__(400))
run('pow big int', lambda: (7.5).__pow__(2 ** 70))
run('pow three args', lambda: (2.0).__pow__(2, 3))
run('int inf', lambda: inf.__int__())
run('int nan', lambda: nan.__int__())
run('round inf', lambda: inf.__round__())
run('round nan', lambda: nan.__round__())
run('floor inf', lambda: inf.__floor__())
run('round str', lambda: (1.5).__round__('2'))
run('format bad', lambda: (1.5).__format__('d'))
run('getformat bad', lambda: float.__getformat__('long'))
run('new bad', lambda: float.__new__(float, 'abc'))
run('new list', lambda: float.__new__(float, []))
run('unbound str', lambda: float.__add__('a', 1.0))
run('setattr', lambda: setattr(1.5, 'real', 2))
