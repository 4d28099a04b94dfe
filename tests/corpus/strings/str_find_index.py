# find/rfind/index/rindex/count with start/end, including negative and out-of-range bounds.
s = 'hello world, hello python'
for sub in ['hello', 'o', 'z', '', 'python', 'lo w']:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 5), s.rfind(sub, 0, 10), s.find(sub, -6), s.count(sub, 3, -3))
print(s.find('o', 100), s.find('', 100), s.find('', 25), s.rfind('', 3), 'abc'.find('', 4), 'abc'.count(''), ''.count(''))
print(s.find('o', None, None), s.find('o', 5, None), s.index('world'), s.rindex('o'), s.index('o', -5))
print('aaaa'.count('aa'), 'aaaa'.find('aa', 1), 'aaaa'.rfind('aa'), 'abab'.count('ab', 1))
for call in [lambda: s.index('zzz'), lambda: s.rindex('zzz'), lambda: s.index('hello', 1, 5), lambda: 'abc'.find(1),
             lambda: 'abc'.count(None), lambda: 'abc'.index('a', 'x'), lambda: 'abc'.find()]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print('a' in 'abc', '' in 'abc', 'ac' in 'abc', 'abc' in 'abc', 'abcd' in 'abc')
try:
    1 in 'abc'
except TypeError as e:
    print('TypeError', e)
