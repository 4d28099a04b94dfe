# format() of ints.
vals = [0, 1, -1, 42, -42, 255, 1000000, -1234567, 2 ** 70]
specs = ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', 'c' if False else 'n', ',', '_', '_x', '_b',
         '10', '<10', '^10', '>10', '010', '+', '-', ' ', '=+8', '*>8', '#010x', 'e', '.2f', '%', 'g', '.3']
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append('ValueError: %s' % e)
    print(v, out)
print(format(65, 'c'), format(0x1F600, 'c'), '%c%c' % (72, 'i'))
print('%d %i %o %x %X %#o %#x %5d %-5d| %05d %+d % d' % (42, 42, 42, 255, 255, 8, 255, 3, 3, 3, 3, 3))
print('%d' % 3.99, '%x' % 255, '%s' % 2 ** 70, '%r' % 12)
for bad in ['%d' , '%x']:
    try:
        print(bad % 'a')
    except TypeError as e:
        print('TypeError', e)
try:
    print('%x' % 1.5)
except TypeError as e:
    print('TypeError', e)
try:
    format(1, ',b')
except ValueError as e:
    print('ValueError', e)
try:
    format(300000000, 'c')
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
