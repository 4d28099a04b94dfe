# bool: int methods inherited by bool, bool-specific operators, dunders and errors.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', repr(r))

for b in (True, False):
    print(b, repr(b), str(b), int(b), float(b), b.__index__(), b.__int__(), b.__bool__(),
          b.bit_length(), b.bit_count(), b.as_integer_ratio(), b.conjugate(), b.real, b.imag,
          b.numerator, b.denominator, b.to_bytes(1, 'big'))
for name in ['__and__', '__or__', '__xor__', '__rand__', '__ror__', '__rxor__']:
    print(name, getattr(True, name)(False), getattr(True, name)(True), getattr(False, name)(3),
          getattr(True, name)('x'))
for name in ['__add__', '__sub__', '__mul__', '__floordiv__', '__mod__', '__pow__', '__lshift__',
             '__rshift__', '__neg__', '__pos__', '__abs__', '__invert__']:
    m = getattr(True, name)
    try:
        print(name, m(True))
    except TypeError:
        print(name, m())
print(True & True, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print(True + True, type(True + True).__name__, -True, ~False, True / 2, True // 1, True ** 10)
print(bool.__new__(bool, 5), bool.__new__(bool), bool.__new__(bool, ''), bool.__new__(bool, [0]))
print(True.__format__(''), True.__format__('d'), False.__format__('>6'), True.__format__('.1f'))
print(True.__round__(), type(True.__round__()).__name__, True.__trunc__(), type(True.__floor__()).__name__)
print(True.__hash__(), False.__hash__(), True == 1, False == 0.0, True.__eq__(1), True.__repr__())
print(bool.from_bytes(b'\x00', 'big'), bool.from_bytes(b'\x02', 'big'), isinstance(True, int))
print(sum([True, True, False]), max(False, True), sorted([True, False, True]))
print({True: 'a', 1: 'b', 1.0: 'c'}, {0, False, 0.0})
run('subclass bool', lambda: type('B', (bool,), {}))
run('bool kw', lambda: bool(x=1))
run('bool two args', lambda: bool(1, 2))
run('new int subtype', lambda: bool.__new__(int, 1))
class Weird:
    def __bool__(self):
        return 1
class Weird2:
    def __len__(self):
        return -1
class Weird3:
    def __len__(self):
        return 0
run('bool returns int', lambda: bool(Weird()))
run('len negative', lambda: bool(Weird2()))
run('len zero', lambda: bool(Weird3()))
