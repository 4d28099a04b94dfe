# int dunder methods called directly, including NotImplemented returns and errors.
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

a, b = 17, 5
binops = ['__add__', '__sub__', '__mul__', '__truediv__', '__floordiv__', '__mod__', '__divmod__',
          '__pow__', '__lshift__', '__rshift__', '__and__', '__or__', '__xor__',
          '__radd__', '__rsub__', '__rmul__', '__rtruediv__', '__rfloordiv__', '__rmod__',
          '__rdivmod__', '__rpow__', '__rlshift__', '__rrshift__', '__rand__', '__ror__', '__rxor__',
          '__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__']
for name in binops:
    meth = getattr(a, name)
    print(name, c(meth, b), c(meth, -3), c(meth, 2.5), c(meth, 'x'), c(meth, None), c(meth, True))
unops = ['__neg__', '__pos__', '__abs__', '__invert__', '__bool__', '__int__', '__float__',
         '__index__', '__trunc__', '__floor__', '__ceil__', '__round__', '__repr__', '__str__',
         '__getnewargs__']
for name in unops:
    print(name, getattr(-42, name)(), getattr(0, name)())
print((1234).__round__(-2), (1250).__round__(-2), (1350).__round__(-2), (5).__round__(2))
print((255).__format__('x'), (255).__format__('08b'), (255).__format__(''), (3).__format__('.2f'))
print((7).__pow__(2, 5), (7).__rpow__(2, 5), (7).__pow__(-1, 5))
print(int.__new__(int, 5), int.__new__(int, '12'), int.__new__(int, 'ff', 16))
run('new bool unsafe', lambda: int.__new__(bool, 1))
print(int.__new__(int), (5).__sizeof__() > 0, (5).__hash__(), (-1).__hash__(), (2 ** 61).__hash__())
print((5).__eq__(5.0), (5).__ne__(5.0), (5).__lt__(5.5))
print(int.__add__(3, 4), int.__mul__(True, 9), int.__sub__(10, False))
print((5).__getattribute__('real'), (5).__class__, (5).__reduce_ex__(2)[1])
print((5).__dir__() == dir(5) or sorted((5).__dir__()) == dir(5))
print(int.__init_subclass__(), int.__subclasshook__(int), (5).__init__())
run('rshift negative', lambda: (8).__rshift__(-1))
run('lshift negative', lambda: (8).__lshift__(-1))
run('truediv zero', lambda: (8).__truediv__(0))
run('floordiv zero', lambda: (8).__floordiv__(0))
run('mod zero', lambda: (8).__mod__(0))
run('divmod zero', lambda: (8).__divmod__(0))
run('rtruediv zero', lambda: (0).__rtruediv__(8))
run('pow zero negative', lambda: (0).__pow__(-1))
run('pow mod zero', lambda: (3).__pow__(2, 0))
run('pow mod float', lambda: (3).__pow__(2, 1.5))
run('add no args', lambda: (3).__add__())
run('add two args', lambda: (3).__add__(1, 2))
run('unbound add str', lambda: int.__add__('a', 1))
run('unbound neg float', lambda: int.__neg__(1.5))
run('new not type', lambda: int.__new__(5))
run('new str subtype', lambda: int.__new__(str, 5))
run('new bad literal', lambda: int.__new__(int, 'x1'))
run('round str', lambda: (5).__round__('x'))
run('format bad', lambda: (5).__format__('z'))
run('format str arg', lambda: (5).__format__(1))
run('format s', lambda: (5).__format__('s'))
run('index of float', lambda: int.__index__(2.0))
run('setattr', lambda: (5).__setattr__('x', 1))
run('delattr', lambda: (5).__delattr__('real'))
run('getattribute missing', lambda: (5).__getattribute__('nope'))
