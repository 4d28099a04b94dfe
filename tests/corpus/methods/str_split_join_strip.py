# str split/join/strip/replace family and removeprefix/removesuffix, splitlines, expandtabs; errors.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

s = '  a,b,,c  '
print(s.split(), s.split(','), s.split(',', 1), s.rsplit(',', 1), s.split(',', -1), s.split(',', 0))
print('a b  c\td\ne'.split(), 'a b  c'.split(None, 1), 'a b  c'.rsplit(None, 1), ''.split(), ''.split(','))
print('1<>2<>3'.split('<>'), '1<>2<>3'.rsplit('<>', maxsplit=1), 'x'.split(sep='x'))
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), 'xxhixx'.strip('x'), 'abcHIcba'.strip('abc'))
print('www.example.com'.lstrip('w.'), 'mississippi'.rstrip('ips'), repr('  x '.strip(None)))
print(','.join(['a', 'b', 'c']), ''.join([]), '-'.join('xyz'), ', '.join(str(i) for i in range(4)))
print('aaaa'.replace('a', 'b'), 'aaaa'.replace('a', 'b', 2), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2))
print('aaaa'.replace('aa', 'x'), 'abc'.replace('z', 'y'), 'abc'.replace('b', ''), 'abc'.replace('a', 'b', -1))
print('TestHook'.removeprefix('Test'), 'TestHook'.removeprefix('Hook'), 'TestHook'.removesuffix('Hook'),
      'abc'.removesuffix(''), 'abc'.removeprefix(''))
text = 'line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cline7\u2028line8\n\n'
print(text.splitlines(), text.splitlines(True), 'abc'.splitlines(), ''.splitlines(), '\n'.splitlines())
print(text.splitlines(keepends=True)[:3])
print(repr('a\tb\tc'.expandtabs()), repr('a\tbb\tccc'.expandtabs(4)), repr('\t'.expandtabs(0)),
      repr('ab\ncd\tx'.expandtabs(3)), repr('x\ty'.expandtabs(tabsize=2)), repr('x\ty'.expandtabs(-1)))
run('split empty sep', lambda: 'abc'.split(''))
run('rsplit empty sep', lambda: 'abc'.rsplit(''))
run('split int sep', lambda: 'abc'.split(1))
run('split str maxsplit', lambda: 'abc'.split(',', 'x'))
run('join ints', lambda: ','.join([1, 2]))
run('join mixed', lambda: ','.join(['a', 2, 'c']))
run('join non-iterable', lambda: ','.join(5))
run('join bytes', lambda: ''.join([b'a']))
run('strip int', lambda: 'a'.strip(1))
run('replace int', lambda: 'a'.replace(1, 'b'))
run('replace count str', lambda: 'a'.replace('a', 'b', 'c'))
run('replace missing', lambda: 'a'.replace('a'))
run('removeprefix None', lambda: 'a'.removeprefix(None))
run('removesuffix two', lambda: 'a'.removesuffix('a', 'b'))
run('splitlines str', lambda: 'a'.splitlines('x'))
run('expandtabs str', lambda: 'a'.expandtabs('4'))
run('split bad kw', lambda: 'a'.split(separator=','))
