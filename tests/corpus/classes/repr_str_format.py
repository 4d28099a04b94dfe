# __repr__, __str__, __format__ and where each is used.
class Both:
    def __repr__(self):
        return 'Both-repr'
    def __str__(self):
        return 'Both-str'
class ReprOnly:
    def __repr__(self):
        return 'ReprOnly-repr'
class Fmt:
    def __format__(self, spec):
        return 'Fmt[%s]' % spec
    def __str__(self):
        return 'Fmt-str'
for o in [Both(), ReprOnly(), Fmt()]:
    print(str(o), '{}'.format(o), f'{o}', '%s' % o, [str(o)], print.__name__)
print(repr(Both()), [Both()], (Both(),), {'k': Both()}, {Both()} if False else '', f'{Both()!r}', '%r' % Both())
print(format(Fmt(), 'spec'), f'{Fmt():>10}', '{:x}'.format(Fmt()), format(Fmt()))
class NoFormat:
    def __str__(self):
        return 'nf'
print(format(NoFormat()), f'{NoFormat()}', f'{NoFormat()!s:>5}')
try:
    format(NoFormat(), '>5')
except TypeError as e:
    print('TypeError', e)
class StrSub(str):
    def __str__(self):
        return 'StrSub.__str__'
    def __repr__(self):
        return 'StrSub.__repr__'
ss = StrSub('data')
print(ss, str(ss), repr(ss), f'{ss}', '%s' % ss, [ss], ss + '!', format(ss))
class IntSub(int):
    def __repr__(self):
        return 'IntSub(%d)' % self
print(IntSub(5), str(IntSub(5)), repr(IntSub(5)), f'{IntSub(5)}', '%d %s %r' % (IntSub(5), IntSub(5), IntSub(5)))
print(type(Both).__repr__(Both), repr(int), repr(type), repr(Both).startswith("<class '__main__.Both'>"))
