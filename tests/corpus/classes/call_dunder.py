# __call__ on instances, callable(), calling classes and metaclass __call__.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), callable(5), callable(len), callable(lambda: 0))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print('TypeError', e)
for obj in [5, 'str', None, [1], {'a': 1}]:
    try:
        obj()
    except TypeError as e:
        print('TypeError', e)
class CallAttr:
    pass
c = CallAttr()
c.__call__ = lambda: 'instance attr'
try:
    c()
except TypeError as e:
    print('TypeError', e)
print(c.__call__())
class Chain:
    def __call__(self):
        return self
print(type(Chain()()()()).__name__)
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return a, k
cnt = Counter()
list(map(cnt, range(3)))
print(cnt.calls, cnt(1, x=2))
