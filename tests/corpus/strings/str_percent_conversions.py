# printf-style % conversions: __index__/__int__/__float__ objects, tuple subclasses, mappings, flags, errors.
class I:
    def __index__(self): return 65
class F:
    def __float__(self): return 2.5
class N:
    def __int__(self): return 7
class T(tuple): pass
class M:
    def __getitem__(self, k): return k.upper()
class S(str): pass
tests = [('%d', 3.9), ('%x', 3.9), ('%x', I()), ('%d', I()), ('%c', I()), ('%f', I()), ('%f', F()), ('%d', F()),
 ('%d', N()), ('%x', N()), ('%f', N()), ('%s %s', T((1, 2))), ('%(abc)s', M()), ('%s', [1]), ('x', [1]),
 ('%c', 0x110000), ('%c', 2**70), ('%c', 1.5), ('%d', 1j), ('%f', 1j), ('%f', '1'), ('%d', 2**100), ('%x', -2**100),
 ('%.3d', 5), ('%#.3x', 5), ('%+.2e', 12345.678), ('%10.4f|', -3.14159), ('%-10s|', S('ab')), ('%s', S('ab')),
 ('%a', 'é\U0001f600'), ('%r', S('q')), ('%*s', (-5, 'a')), ('%.*s', (-1, 'abc')), ('%*s', (2**70, 'a')),
 ('%d', float('nan')), ('%d', float('inf')), ('%f', 10**400), ('%(a)s %(b)d', {'a': 1}), ('%s', ()), ('%s', ((),)),
 ('%#o', 8), ('%#X', 255), ('%05.1f', -2.5), ('% 05d', 42), ('%i', True), ('%.0f', 2.5), ('%#.0f', 2.5), ('%g', 1e-5),
 ('%c', 'é'), ('%-4c|', 'x'), ('%5%', ()), ('%(a)', {'a': 1}), ('%(a)*d', {'a': 1}), ('%y', ()), ('%\u20ac', 1),
 ('%ld', 5), ('%s', b'x'), ('%d', '5'), ('%x', 'a'), ('%o', 1.0), ('%s' * 3, (1, 2)), ('abc %', 1)]
for fmt, a in tests:
    try:
        print(repr(fmt), repr(fmt % a))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
print(S('%s!') % 5, type(S('%s') % 1).__name__)
