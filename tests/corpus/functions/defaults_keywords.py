# Default values, keyword arguments, evaluation time of defaults, mutable default pitfall.
def f(a, b=2, c='three'):
    return (a, b, c)
print(f(1), f(1, 5), f(1, c='C'), f(c='C', a=0), f(a=1, b=2, c=3), f(*[1, 2]), f(**{'a': 9}))
counter = 10
def g(x=counter):
    return x
counter = 20
print(g(), g(5))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe(1), safe(2))
print(f.__defaults__, g.__defaults__, append_to.__defaults__, safe.__kwdefaults__)
f.__defaults__ = (100, 200)
print(f(0))
def order():
    print('evaluating default')
    return 'd'
def h(x=order()):
    return x
print(h(), h())
