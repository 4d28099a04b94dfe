# str.replace including counts and empty patterns.
s = 'one two one two one'
print(s.replace('one', '1'), s.replace('one', '1', 2), s.replace('one', '1', 0), s.replace('one', '1', -1))
print(s.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'), ''.replace('a', 'b'), 'aaa'.replace('a', ''))
print('aaaa'.replace('aa', 'b'), 'abc'.replace('x', 'y'), 'ab'.replace('ab', 'abab'), 'héllo'.replace('é', 'e'))
print('a.b.c'.replace('.', '', 1), 'tab\there'.replace('\t', '    '), 'x'.replace('x', 'y' * 5))
for args in [(1, 'a'), ('a',), ('a', 'b', 'c'), ('a', 'b', 1.5), ('a', None)]:
    try:
        print('abc'.replace(*args))
    except TypeError as e:
        print('TypeError', e)
