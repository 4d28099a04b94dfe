# center/ljust/rjust/zfill.
for s in ['', 'a', 'ab', 'abc', 'abcdef']:
    print(repr(s.center(5)), repr(s.center(6, '*')), repr(s.ljust(4, '.')), repr(s.rjust(4)), repr(s.zfill(5)), repr(s.center(0)))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), '--4'.zfill(5), 'abc'.zfill(2), ''.zfill(3), '-'.zfill(3), '+'.zfill(1))
print('x'.center(4), 'x'.center(4, '-'), 'xy'.center(5, '-'), 'xy'.center(7, '-'), 'x'.center(-5))
for call in [lambda: 'a'.center(5, 'ab'), lambda: 'a'.ljust(5, ''), lambda: 'a'.rjust('5'), lambda: 'a'.zfill(1.5),
             lambda: 'a'.center(), lambda: 'a'.ljust(3, 1)]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
