# f-strings: expressions, conversions, escapes, nesting.
x, name, items = 42, 'Ann', [1, 2, 3]
print(f'{x}', f'{x + 1}', f'{name!r}', f'{name!s}', f'{"é"!a}', f'{items[1]}', f'{x=}', f'{x = }', f'{name=!s}')
print(f'{{literal}}', f'{{{x}}}', f'a{x}b{x}c', f'{x}{x}', f'', f'{"nested"}', f"{'single'}")
print(f'{x:5}|{x:<5}|{x:^5}|{x:>5}|{x:05}|{x:+}|{x:x}|{x:#b}|{x:,}|{x*1000:_}')
print(f'{3.14159:.2f}', f'{3.14159:10.3f}|', f'{0.5:%}', f'{1e10:e}', f'{name:>10}|', f'{name:*^9}')
width, prec = 10, 3
print(f'{3.14159:{width}.{prec}f}|', f'{name:{width}}|', f'{x:{"^"}{width}}|', f'{x:{width}d}')
print(f'{"a" if x > 0 else "b"}', f'{[i * 2 for i in items]}', f'{ {"k": x}["k"] }', f'{(lambda: 5)()}')
print(f'{x!r:>6}|', f'{name!r:^10}|', f'{3.0!s:>5}|', f'{items!a}')
print(f'multi' f'ple {x}' 'plain' f'{x}')
d = {'key': 'val'}
print(f"{d['key']}", f'{d["key"]}', f'{len(d)}', f'{x:{"" if x else "x"}}')
print(f'{x=:>8}', f'{name=}', f'{items[0]=}', f'{1+1=}', f'{ x = }')
class C:
    def __format__(self, spec):
        return 'C<' + spec + '>'
print(f'{C()}', f'{C():abc}', f'{C():{x}}', format(C(), 'zz'), '{:q}'.format(C()))
try:
    f'{x:z}'
except ValueError as e:
    print('ValueError', e)
try:
    f'{name:d}'
except ValueError as e:
    print('ValueError', e)
