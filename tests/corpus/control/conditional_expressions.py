# Conditional expressions and short-circuit evaluation order.
def t(name, val):
    print('eval', name)
    return val
print(t('a', 1) if t('cond', True) else t('b', 2))
print(t('a', 1) if t('cond', False) else t('b', 2))
print(t('x', 0) or t('y', '') or t('z', 'last'))
print(t('x', 1) and t('y', 2) and t('z', 0) and t('w', 9))
print(t('p', []) and t('q', 1))
print(t('p', [1]) or t('q', 1))
x = 7
s = 'odd' if x % 2 else 'even'
print(s, 'big' if x > 5 else 'medium' if x > 2 else 'small', 'neg' if x < 0 else 'nonneg' if x == 0 else 'pos')
f = lambda n: 'fizzbuzz' if n % 15 == 0 else 'fizz' if n % 3 == 0 else 'buzz' if n % 5 == 0 else n
print([f(n) for n in range(1, 16)])
print(not t('n', 0), not not t('n2', 'x'))
