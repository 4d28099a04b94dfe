# int() and float() (and complex()) parsing: valid edge cases and the exact ValueError/TypeError messages.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

for s in ['0', '-0', '+5', ' 42 ', '1_000', '0_1', '007', '\t-9\n', '１２３', '٣', '1__0', '_1', '1_', '', ' ', '1.0', '1e3',
          '0x10', 'abc', '12a', '- 5', '++5', '5-', '１２x', 'inf', '1 2', '\x00', 'é', 'a' * 300]:
    run('int(%r)' % s if len(s) < 20 else 'int(long)', lambda: int(s))
for s, base in [('ff', 16), ('FF', 16), ('0xff', 16), ('0xff', 0), ('0o17', 0), ('0b101', 0), ('017', 0), ('0', 0),
                ('00', 0), ('z', 36), ('Z', 36), ('10', 2), ('12', 2), ('0b12', 0), ('0x', 16), ('1_f', 16), ('0x_f', 0),
                ('9', 8), (' 0B1 ', 0), ('-0x1', 0), ('10', 1), ('10', 37), ('10', -1), ('10', 0)]:
    run('int(%r, %d)' % (s, base), lambda: int(s, base))
run('int base str', lambda: int('10', '2'))
run('int base float', lambda: int('10', 2.0))
run('int base with int', lambda: int(10, 2))
run('int list', lambda: int([1]))
run('int None', lambda: int(None))
run('int complex', lambda: int(1j))
run('int kw base only', lambda: int(base=2))
run('int x kw', lambda: int(x='5'))
run('int huge str', lambda: len(str(int('9' * 4000))))
run('int too many digits', lambda: int('9' * 5000))
run('int inf', lambda: int(float('inf')))
run('int nan', lambda: int(float('nan')))
class HasInt:
    def __int__(self):
        return 'x'
class HasIndex:
    def __index__(self):
        return 9
run('int bad __int__', lambda: int(HasInt()))
run('int __index__', lambda: int(HasIndex()))
for s in ['1.5', ' -2.5e-3 ', '1_000.5', 'inf', '-Infinity', 'nan', '+NaN', 'iNf', '1e500', '-1e500', '1e-500', '.5', '5.',
          '0x10', '1.5.5', '', ' ', 'abc', '1e', 'e5', '1_', '_1.0', '1__0.0', '１.５', 'infinity1', '- 1', '1,5', '\x00']:
    run('float(%r)' % s, lambda: float(s))
run('float list', lambda: float([1]))
run('float None', lambda: float(None))
run('float huge int', lambda: float(10 ** 400))
run('float kw', lambda: float(x='1'))
class BadFloat:
    def __float__(self):
        return 1
run('float bad __float__', lambda: float(BadFloat()))
class IdxOnly:
    def __index__(self):
        return 3
run('float __index__', lambda: float(IdxOnly()))
for s in ['1+2j', ' (1+2j) ', '1+j', 'j', '-j', '2', '1e3j', '(1', '1+2', '1 + 2j', 'j1', '', 'nanj', 'infj', '1+2jj']:
    run('complex(%r)' % s, lambda: complex(s))
