# f-string '=' specifier spacing, quotes inside expressions, backslashes in literal parts, braces.
a, b = 3, 'text'
print(f'{a=}', f'{a =}', f'{a= }', f'{ a = }', f'{a*2=}', f'{b=!r}', f'{b=!s}', f'{b=:>8}', f'{a=:05d}')
print(f'{"quoted"}', f"{'single'}", f'''{"both"}''', f"""{'triple'}""")
print(f'tab\there', f'newline\\n literal', f'{{not a field}}', f'{{{a}}}', f'}}{{')
items = {'k': [1, 2]}
print(f'{items["k"][1]}', f'{len(items)}', f'{items!r}', f'{[x for x in range(3)]}')
width = 6
print(f'[{b:^{width}}]', f'[{b:{"<"}{width}}]', f'[{a:{width}.{2}f}]')
nl = '\n'
print(f'{nl.join(["joined", "lines"])}')
print(f'{3.14159!r:>12}', f'{"x"!a}', f'{"é"!a}', f'{None!s:>6}')
print(f'{(lambda x: x * 2)(4)}', f'{a if a > 2 else b}', f'{a:{"d"}}', f'{-a:+}', f'{a:,}')
