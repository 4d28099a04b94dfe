# str.split / rsplit in all their forms.
cases = ['a b  c', '  lead and trail  ', '', '   ', 'a,b,,c,', 'one', 'x\ty\nz\r\nw\x0bv\x0cu\x1cq', 'a\u3000b\u2003c']
for s in cases:
    print(repr(s), s.split(), s.split(' '), s.split(','), s.rsplit(), s.rsplit(' ', 1))
for n in [-1, 0, 1, 2, 5]:
    print(n, 'a,b,c,d'.split(',', n), 'a,b,c,d'.rsplit(',', n), '  a  b  c  '.split(None, n), '  a  b  c  '.rsplit(None, n))
print('a::b::c'.split('::'), 'aaa'.split('a'), 'abcabc'.split('bc'), 'abc'.split('abc'))
print('a,b'.split(sep=','), 'a,b,c'.split(maxsplit=1), 'a b c'.rsplit(maxsplit=1), 'a,b,c'.rsplit(',', maxsplit=1))
try:
    'abc'.split('')
except ValueError as e:
    print('ValueError', e)
try:
    'abc'.rsplit('')
except ValueError as e:
    print('ValueError', e)
try:
    'abc'.split(1)
except TypeError as e:
    print('TypeError', e)
try:
    'abc'.split(',', 'x')
except TypeError as e:
    print('TypeError', e)
try:
    'abc'.split(',', 1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    'abc'.split(x=1)
except TypeError as e:
    print('TypeError', e)
