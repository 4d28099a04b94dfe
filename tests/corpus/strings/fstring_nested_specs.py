# f-string specs with nested replacement fields and various types.
vals = [7, -7, 3.5, 'txt', True, None, 2 ** 40]
for v in vals:
    for fill, align, width in [('*', '<', 8), ('0', '>', 6), (' ', '^', 7)]:
        try:
            print(repr(f'{v:{fill}{align}{width}}'))
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
for p in range(0, 5):
    print(f'{1/3:.{p}f}', f'{12345.6789:.{p}e}', f'{0.000123456:.{p}g}', f'{"truncate":.{p}}')
sign = '+'
print(f'{5:{sign}}', f'{-5:{sign}}', f'{5.5:{sign}.1f}')
spec = '>10'
print(f'[{"x":{spec}}]', f'[{42:{spec}}]')
print(f'{"%s" % "percent"}', f'{"{}".format(1)}', f'{f"{1+1}"}', 'deep')
print(f'{"abc"[::-1]}', f'{"x" * 3}', f'{sum(range(5)):#x}')
