# Evaluation order of function, arguments, keyword arguments, and unpacking at call sites.
def t(tag, value=None):
    print('eval', tag)
    return value if value is not None else tag
def target(*a, **k):
    return a, k
print(t('func', target)(t('a1'), t('a2'), *t('star', ['s1']), k1=t('k1'), **t('dstar', {'k2': 'v'})))
d = {}
d[t('key')] = t('value')
print(d)
x = [0, 0]
x[t('idx', 1)] = t('rhs', 'assigned')
print(x)
print(t('left', 1) + t('right', 2) * t('rr', 3))
a = t('first', 1), t('second', 2)
print({t('k1', 'k1'): t('v1', 'v1'), t('k2', 'k2'): t('v2', 'v2')})
print([t('e1'), t('e2')][t('sub', 0)])
t('obj', target)(t('x'), y=t('y'))
