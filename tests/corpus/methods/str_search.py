# str search methods: count find rfind index rindex startswith endswith partition rpartition; errors.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

s = 'abracadabra'
for sub in ['a', 'abra', 'bra', 'z', '', 'abracadabrax']:
    print(repr(sub), s.count(sub), s.find(sub), s.rfind(sub), s.startswith(sub), s.endswith(sub),
          s.partition(sub) if sub else None, s.rpartition(sub) if sub else None)
print(s.count('a', 3), s.count('a', 3, 8), s.count('a', -4), s.count('', 2, 5), s.count('a', 100))
print(s.find('a', 1), s.find('a', 1, 3), s.find('a', -1), s.find('a', -100, 2), s.find('', 11), s.find('', 12))
print(s.rfind('a', 0, 10), s.rfind('abra', 1), s.rfind('a', None, 5), s.find('a', None, None))
print(s.index('c'), s.rindex('a'), s.index('a', 4), s.rindex('b', 0, 6))
print(s.startswith(('x', 'ab')), s.startswith('bra', 1), s.startswith('bra', 1, 3), s.endswith(('ra', 'q')))
print(s.endswith('cad', 0, 7), s.startswith(''), ''.startswith(''), s.endswith('', 20))
print(s.partition('x'), s.rpartition('x'), 'a=b=c'.partition('='), 'a=b=c'.rpartition('='))
print('x' in s, 'cad' in s, '' in s, s.__contains__('dab'))
run('index missing', lambda: s.index('z'))
run('rindex missing', lambda: s.rindex('z'))
run('index range', lambda: s.index('a', 1, 3))
run('count int', lambda: s.count(1))
run('find None', lambda: s.find(None))
run('find float start', lambda: s.find('a', 1.5))
run('startswith list', lambda: s.startswith(['a']))
run('startswith int in tuple', lambda: s.startswith(('a', 1)))
run('endswith int', lambda: s.endswith(5))
run('partition empty', lambda: s.partition(''))
run('rpartition int', lambda: s.rpartition(3))
run('count no args', lambda: s.count())
run('find too many', lambda: s.find('a', 1, 2, 3))
run('contains int', lambda: 5 in s)
run('contains None', lambda: s.__contains__(None))
