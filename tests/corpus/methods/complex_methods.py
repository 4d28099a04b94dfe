# complex: public methods/attributes and dunders called directly, with error cases.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', repr(r))

for z in (3 + 4j, -1j, complex(2, 0), complex(-0.0, -0.0), 1.5 - 2.5j):
    print(repr(z), z.real, z.imag, z.conjugate(), abs(z), z.__abs__(), bool(z), z.__bool__(),
          z.__neg__(), z.__pos__(), z.__repr__(), z.__str__(), z.__getnewargs__())
z = 3 + 4j
for name in ['__add__', '__sub__', '__mul__', '__truediv__', '__pow__', '__radd__', '__rsub__',
             '__rmul__', '__rtruediv__', '__rpow__', '__eq__', '__ne__', '__lt__', '__le__', '__gt__',
             '__ge__']:
    m = getattr(z, name)
    print(name, m(2), m(1j), m(0.5), m('x'), m(None))
print(z.__complex__(), complex.__new__(complex, 1, 2), complex.__new__(complex, '1+2j'), complex.__new__(complex))
print(z.__format__(''), z.__format__('.2f'), z.__format__('>20'), (1j).__format__('g'))
print(complex('  -1.5e3-2J  '), complex('j'), complex('-j'), complex(1j, 1j), complex(True))
print(z.__hash__() == hash(z), complex(5, 0).__hash__() == hash(5), z == 3 + 4j)
run('truediv zero', lambda: z.__truediv__(0))
run('rtruediv zero', lambda: (0j).__rtruediv__(1))
run('pow zero neg', lambda: (0j).__pow__(-1))
run('pow mod', lambda: z.__pow__(2, 3))
run('lt op', lambda: z < 1)
run('floordiv op', lambda: z // 2)
run('mod op', lambda: z % 2)
run('int()', lambda: int(z))
run('float()', lambda: float(z))
run('round', lambda: round(z))
run('complex bad str', lambda: complex('1+2'))
run('complex str second', lambda: complex('1', 2))
run('complex second str', lambda: complex(1, '2'))
run('complex list', lambda: complex([1]))
run('format d', lambda: z.__format__('d'))
run('format zero pad', lambda: z.__format__('010'))
run('conjugate arg', lambda: z.conjugate(1))
run('set real', lambda: setattr(z, 'real', 1))
run('unbound', lambda: complex.conjugate(5))
