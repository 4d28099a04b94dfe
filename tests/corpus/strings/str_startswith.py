# startswith/endswith with tuples and bounds.
s = 'hello world'
print(s.startswith('hello'), s.startswith('world'), s.startswith('world', 6), s.startswith('lo', 3, 5), s.startswith(''))
print(s.endswith('world'), s.endswith('hello', 0, 5), s.endswith('o', -7, -5), s.endswith(('x', 'ld')), s.startswith(('a', 'b')))
print(s.startswith('', 11), s.startswith('', 12), s.endswith('', 5, 3), ''.startswith(''), ''.endswith('a'))
print(s.startswith(('he', 'wo'), 6), s.startswith(()), s.endswith('d', None), s.startswith('w', -5, None))
for call in [lambda: s.startswith(1), lambda: s.endswith(['a']), lambda: s.startswith(('a', 1)), lambda: s.startswith(), lambda: s.endswith('a', 'b')]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
