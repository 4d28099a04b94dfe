# printf-style % formatting on str.
print('%s %r %a' % ('é', 'é', 'é'), '%s' % [1, 2], '%s' % ((1, 2),), '%s-%s' % (1, 2), '%%' % ())
print('%(name)s is %(age)d' % {'name': 'Bo', 'age': 7}, '%(x)s%(x)s' % {'x': 'y'})
print('%5s|%-5s|%.2s|%5.1s|' % ('abc', 'abc', 'abc', 'abc'), '%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
print('%c%c' % ('a', 98), '%i' % 3, '%u' % 4, '%o %x %X %e %E %f %F %g %G' % (8, 255, 255, 1.5, 1.5, 1.5, 1.5, 1.5e-7, 1.5e20))
print('%#x %#o %+d % d %05d %-5d| %x' % (255, 8, 5, 5, -5, 5, -255))
print('%s' % None, '%d' % True, '%.3s' % True, '%s %s' % (b'x', 1.0), '%r' % (1,))
print('%(a)s' % {'a': 1, 'b': 2}, 'no args' % (), 'no args' % {}, 'x' % [] if False else '')
for fmt, args in [('%d', 'x'), ('%s %s', (1,)), ('%s', (1, 2)), ('%z', 1), ('%(a)s', (1,)), ('%(a)s', {}),
                  ('%c', 'ab'), ('%c', -1), ('%', ()), ('%*d', ('a', 1)), ('%d', None), ('%.2f', 'x'), ('%(a', {'a': 1})]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
