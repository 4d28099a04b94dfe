# expandtabs and splitlines.
for s in ['a\tb', '\t', 'abc\tdef\tg', '12345678\tx', 'a\nb\tc', 'a\r\tb']:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(1)), repr(s.expandtabs(-1)))
text = 'line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cline7\x1dline8\x1eline9\x85line10\u2028line11\u2029end\n'
print(text.splitlines())
print(text.splitlines(True))
print(''.splitlines(), '\n'.splitlines(), '\n\n'.splitlines(keepends=True), 'no newline'.splitlines(), 'x\n'.splitlines())
print('a\r\n\r\nb'.splitlines(), 'a\n\rb'.splitlines(True))
try:
    'a'.splitlines(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    'a'.expandtabs('4')
except TypeError as e:
    print('TypeError', e)
