# partition/rpartition and removeprefix/removesuffix.
for s in ['key=value', 'key=value=more', 'novalue', '=start', 'end=', '']:
    print(repr(s), s.partition('='), s.rpartition('='))
print('a--b--c'.partition('--'), 'a--b--c'.rpartition('--'), 'aaa'.partition('aa'), 'aaa'.rpartition('aa'))
try:
    'abc'.partition('')
except ValueError as e:
    print('ValueError', e)
try:
    'abc'.rpartition(None)
except TypeError as e:
    print('TypeError', e)
print('prefix_name'.removeprefix('prefix_'), 'name'.removeprefix('x'), 'file.py'.removesuffix('.py'), 'file.py'.removesuffix('.txt'))
print(repr('abc'.removeprefix('abc')), repr('abc'.removesuffix('')), repr(''.removeprefix('')))
try:
    'abc'.removeprefix(('a',))
except TypeError as e:
    print('TypeError', e)
