# A class decorator that fills in comparison methods from __eq__ and __lt__ (like functools.total_ordering).
def total_ordering(cls):
    def le(self, other):
        return self < other or self == other
    def gt(self, other):
        return not (self < other or self == other)
    def ge(self, other):
        return not self < other
    for name, fn in [('__le__', le), ('__gt__', gt), ('__ge__', ge)]:
        if name not in cls.__dict__:
            setattr(cls, name, fn)
    return cls
@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split('.'))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return 'Version(%s)' % '.'.join(map(str, self.parts))
vs = [Version(v) for v in ['1.10', '1.2', '1.2.1', '0.9', '1.2']]
print(sorted(vs), max(vs), min(vs))
a, b = Version('1.2'), Version('1.10')
print(a < b, a <= b, a > b, a >= b, a == Version('1.2'), a != b, len(set(vs)))
print(sorted(k for k in Version.__dict__ if k.startswith('__') and k[2:4] in ('le', 'lt', 'gt', 'ge', 'eq')))
