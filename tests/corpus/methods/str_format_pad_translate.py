# str padding/format methods: center ljust rjust zfill format format_map maketrans translate encode; errors.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

for w in (0, 3, 8, 9):
    print(repr('abc'.center(w)), repr('abc'.ljust(w)), repr('abc'.rjust(w)), repr('abc'.center(w, '*')),
          repr('abc'.ljust(w, '-')), repr('abc'.rjust(w, '.')))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(6), ''.zfill(3), '--1'.zfill(4), '12345'.zfill(2))
print('{} {}'.format(1, 2), '{1} {0}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2), '{0[1]}'.format([5, 6]))
print('{0.real}'.format(3j), '{:>8.3f}|{:<6}|{:^7}'.format(3.14159, 'ab', 'mid'), '{!r} {!s} {!a}'.format('é', 'é', 'é'))
print('{{literal}} {}'.format(9), '{:,}'.format(1234567), '{:08.2f}'.format(-3.5), '{:#x}'.format(255))
print('{a[k]} {b}'.format_map({'a': {'k': 'v'}, 'b': 2}))
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{name} is {age}'.format_map(Default(name='Ann')))
t = str.maketrans('abc', 'xyz')
print(sorted(t.items()), 'aabbcc'.translate(t))
t2 = str.maketrans({'a': '1', 'b': None, 'c': 'CC'})
print(sorted(t2.items()), 'abcabc'.translate(t2))
t3 = str.maketrans('ab', 'AB', 'xyz')
print(sorted(t3.items()), 'axbycz'.translate(t3), 'abc'.translate({97: 98}), 'abc'.translate({}))
print('héllo'.encode(), 'héllo'.encode('latin-1'), 'héllo'.encode('ascii', 'replace'), 'héllo'.encode('ascii', 'ignore'))
print('héllo'.encode(encoding='utf-8', errors='strict'), 'a€'.encode('utf-16-le'))
run('center fill two chars', lambda: 'a'.center(5, 'xy'))
run('ljust fill int', lambda: 'a'.ljust(5, 1))
run('rjust str width', lambda: 'a'.rjust('5'))
run('zfill float', lambda: 'a'.zfill(2.0))
run('format missing index', lambda: '{} {}'.format(1))
run('format missing key', lambda: '{x}'.format(y=1))
run('format bad conversion', lambda: '{!z}'.format(1))
run('format unmatched', lambda: '{'.format(1))
run('format unmatched close', lambda: '}'.format(1))
run('format mixing', lambda: '{} {0}'.format(1, 2))
run('format bad spec', lambda: '{:d}'.format('x'))
run('format attr missing', lambda: '{0.nope}'.format(1))
run('format_map not mapping', lambda: '{a}'.format_map(5))
run('format_map missing', lambda: '{a}'.format_map({}))
run('maketrans unequal', lambda: str.maketrans('ab', 'c'))
run('maketrans one str', lambda: str.maketrans('ab'))
run('maketrans long key', lambda: str.maketrans({'ab': 'c'}))
run('maketrans bad key', lambda: str.maketrans({1.5: 'c'}))
run('translate bad value', lambda: 'a'.translate({97: 1.5}))
run('translate big value', lambda: 'a'.translate({97: 0x110000}))
run('encode bad codec', lambda: 'a'.encode('no-such-codec'))
run('encode ascii strict', lambda: 'é'.encode('ascii'))
run('encode bad errors', lambda: 'é'.encode('ascii', 'bogus'))
