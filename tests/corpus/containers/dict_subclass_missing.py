# dict subclasses: __missing__, overridden __getitem__ not used by get(), etc.
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in 'mississippi':
    c[ch] += 1
print(sorted(c.items()), c['zzz'], 'zzz' in c, c.get('zzz'))
class Upper(dict):
    def __getitem__(self, key):
        return super().__getitem__(key.upper())
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
u = Upper()
u['a'] = 1
print(u, u['a'], u.get('a'), u.get('A'), dict(u), Upper({'b': 2}))
class Keys(dict):
    def keys(self):
        return ['only']
    def __getitem__(self, k):
        return 'value-of-' + k
print(dict(Keys(x=1)), {**Keys(y=2)})
class Mapping:
    def keys(self):
        return ['m1', 'm2']
    def __getitem__(self, k):
        return k * 2
print(dict(Mapping()), {**Mapping()})
def f(**kw):
    return kw
print(f(**Mapping()))
class M2(dict):
    def __missing__(self, key):
        raise KeyError('custom ' + key)
try:
    M2()['k']
except KeyError as e:
    print('KeyError', e)
try:
    f(**[1])
except TypeError as e:
    print('TypeError', e)
print(type(Counter(a=1) | {'b': 2}).__name__, type(c.copy()).__name__)
