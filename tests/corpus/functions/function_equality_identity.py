# Functions, bound methods: equality, hashing, identity-related behaviour (no ids printed).
def f():
    pass
g = f
print(f is g, f == g, hash(f) == hash(g), {f: 1}[g])
class C:
    def m(self):
        return 'm'
c = C()
m1, m2 = c.m, c.m
print(m1 is m2, m1 == m2, hash(m1) == hash(m2), m1.__self__ is c, m1.__func__ is C.m, m1.__name__, m1.__qualname__)
print(C.m is C.m, C().m == C().m, m1(), C.m(c))
other = C()
print(c.m == other.m)
b = [].append
print(b.__name__, b.__self__, type(b).__name__, type(m1).__name__, type(f).__name__, type(len).__name__)
print(len.__name__, len.__qualname__, len.__module__, print.__name__, abs.__self__.__name__ if hasattr(abs.__self__, '__name__') else None)
