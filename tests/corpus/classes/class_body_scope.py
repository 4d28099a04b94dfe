# Class body execution order, scope rules, __qualname__, __module__, class-level code.
print('before class')
class C:
    print('executing class body')
    x = 1
    y = x + 1
    def method(self):
        return x if False else 'methods do not see class scope directly'
    items = [i for i in range(3)]
    z = [y for _ in range(2)] if False else 'comprehension cannot see y'
    print('locals in body:', sorted(k for k in locals() if not k.startswith('__')))
    class Inner:
        print('  inner body, qualname', __qualname__)
    print('qualname', __qualname__, 'module', __module__)
print('after class', C.y, C().method(), C.items, C.z, C.Inner.__qualname__)
def factory(n):
    class Local:
        val = n
        def get(self):
            return self.val
    return Local
L1, L2 = factory(1), factory(2)
print(L1().get(), L2().get(), L1.__qualname__, L1 is L2)
x = 'global x'
class D:
    x = 'class x'
    def m(self):
        return x
    lam = lambda self: x
print(D().m(), D().lam())
class E:
    a = 1
    a += 1
    del a
    b = 'only b'
print(hasattr(E, 'a'), E.b)
class F:
    if True:
        cond = 'branch taken'
    for i in range(2):
        pass
print(F.cond, F.i)
