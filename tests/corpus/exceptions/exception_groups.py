# ExceptionGroup construction, nesting, split/subgroup/derive, and except*.
eg = ExceptionGroup('many', [ValueError('v1'), TypeError('t1'), ValueError('v2')])
print(repr(eg), str(eg), eg.message, eg.exceptions, type(eg).__mro__)
match_, rest = eg.split(ValueError)
print(repr(match_), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
print(repr(eg.split(lambda e: 'v2' in str(e))))
nested = ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [TypeError('b'), KeyError('c')])])
print(repr(nested.subgroup(KeyError)))
bg = BaseExceptionGroup('base', [KeyboardInterrupt()])
print(type(bg).__name__, type(BaseExceptionGroup('x', [ValueError()])).__name__)
try:
    raise ExceptionGroup('group', [ValueError(1), TypeError(2), KeyError(3)])
except* ValueError as e:
    print('caught ValueError part', repr(e))
except* (TypeError, KeyError) as e:
    print('caught type/key part', repr(e))
try:
    try:
        raise ExceptionGroup('g', [ValueError('x'), OSError('unhandled')])
    except* ValueError:
        print('handled ValueError')
except ExceptionGroup as e:
    print('remaining', repr(e))
try:
    raise ValueError('naked')
except* ValueError as e:
    print('naked exception wrapped:', repr(e))
for args in [('msg', []), ('msg', [1]), (1, [ValueError()]), ('msg', ValueError())]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup('x', [KeyboardInterrupt()])
except TypeError as e:
    print('TypeError', e)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + '-derived', excs)
m, r = MyEG('mine', [ValueError(), TypeError()]).split(ValueError)
print(repr(m), repr(r), type(m).__name__)
def raise_in_handler():
    try:
        raise ExceptionGroup('orig', [ValueError('v')])
    except* ValueError:
        raise KeyError('new in handler')
try:
    raise_in_handler()
except Exception as e:
    print(repr(e), repr(e.__context__))
