# format() of floats with many specs.
vals = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1234567.891, 1e-10, 1e20, 0.000123, 100.0, float('inf'), float('nan')]
specs = ['', 'f', '.2f', '.0f', 'e', '.3e', 'E', 'g', '.3g', 'G', '%', '.1%', '10.3f', '<10', '>10.2f',
         '^12.4g', '+.2f', ' .2f', '010.2f', ',.2f', '_.3f', '#.0f', '#g', '.10g', 'n', '=+10.1f', '*^15.3e']
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
print('%f %e %g %.3f %10.2f %-10.2f| %+.1f %05.1f' % (1.5, 1.5, 1.5, 2 / 3, 3.14159, 3.14159, 2.0, 2.5))
print('%g %g %g %g %G' % (1e-5, 1e16, 123456789.0, 0.0001, 1e-20))
print('%.0f %.0f %.0f %.0f' % (0.5, 1.5, 2.5, -0.5))
print(f'{2 / 3:.5}', f'{1e100:.3}', f'{12.0:}', f'{12.0:.0}', f'{0.1:.20f}')
print(format(1.0, '.17g'), format(0.1, '.17g'), format(1/3, '.17f'), format(2 ** 0.5, 'r') if False else '')
try:
    format(1.5, 'd')
except ValueError as e:
    print('ValueError', e)
try:
    format(1.5, 'x')
except ValueError as e:
    print('ValueError', e)
