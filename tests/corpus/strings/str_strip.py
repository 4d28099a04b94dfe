# strip/lstrip/rstrip with and without chars.
for s in ['  hi  ', '\t\n hi \r\x0b\x0c', 'xxhixx', '', '   ', 'hi', '\u2003hi\u3000', '\x1chi\x1f']:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip('x')), repr(s.strip(None)))
print('www.example.com'.strip('cmowz.'), '<<a>>'.lstrip('<'), '<<a>>'.rstrip('>'), 'abcba'.strip('ab'))
print(repr('aaa'.strip('a')), repr('abc'.strip('')), 'mississippi'.rstrip('ip'), 'banana'.lstrip('an'))
try:
    'a'.strip(1)
except TypeError as e:
    print('TypeError', e)
try:
    'a'.lstrip(b'a')
except TypeError as e:
    print('TypeError', e)
try:
    'a'.rstrip('a', 'b')
except TypeError as e:
    print('TypeError', e)
