# bool is an int subclass.
print(True + True, True * 10, False - True, True / 2, True // 2, -True, ~True, +False)
print(True == 1, False == 0, True > False, 1 < True + True)
print(isinstance(True, int), issubclass(bool, int), type(True), type(True + 1), type(True & False))
print(bool(0), bool(1), bool(-3), bool(0.0), bool(''), bool('a'), bool([]), bool([0]), bool({}), bool(None))
print(bool(0j), bool(1j), bool(()), bool(range(0)), bool(range(1)), bool(set()), bool(frozenset([1])))
print(str(True), repr(False), int(True), float(False), True.real, True.imag, True.numerator)
print(sum([True, True, False, True]), max(True, 2), min(False, -1))
print(True and 3, False and 3, True or 3, 0 or '', '' or 0, None or [], 1 and 2 and 3, 1 and 0 and 3)
print(not 0, not 1, not [], not [1], not None)
print({True: 'a', 1: 'b', 1.0: 'c'})
print(hash(True), hash(False), True.__class__.__mro__)
try:
    bool.__new__(bool, 1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    class B(bool):
        pass
except TypeError as e:
    print('TypeError', e)
print(bool.__bases__, True.bit_length(), (True).conjugate())
print(f'{True}', f'{True:d}', f'{False:>6}', format(True, '05'), '%d %s' % (True, False))
