# Building tables with justification and numeric formatting.
rows = [('apple', 3, 1.5), ('banana', 12, 0.25), ('cherry', 100, 10.0), ('kiwi', 7, 3.333)]
print('|' + 'name'.center(10) + '|' + 'qty'.rjust(5) + '|' + 'price'.rjust(8) + '|')
print('+' + '-' * 10 + '+' + '-' * 5 + '+' + '-' * 8 + '+')
for name, qty, price in rows:
    print('|' + name.ljust(10) + '|' + str(qty).rjust(5) + '|' + ('%.2f' % price).rjust(8) + '|')
total = sum(q * p for _, q, p in rows)
print('total'.ljust(16, '.') + format(total, '>9.3f'))
for name, qty, price in rows:
    print(f'{name:<10}{qty:>5d}{price:>8.2f}{qty * price:>10,.1f}')
print('{:=^30}'.format(' end '))
