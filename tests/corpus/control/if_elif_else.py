# if/elif/else chains and truthiness of many values.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))
for v in [0, 1, '', 'x', [], [0], {}, {0: 0}, None, 0.0, -0.0, 0j, set(), (), ((),), range(0), b'', float('nan')]:
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
class Truth:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        print('  __bool__ called')
        return self.b
if Truth(True):
    print('yes')
if not Truth(False):
    print('no')
x = Truth(True) and 'and-result'
print(x)
y = Truth(False) or 'or-result'
print(y)
if 1 if False else 0:
    print('unreachable')
else:
    print('conditional expression in if')
