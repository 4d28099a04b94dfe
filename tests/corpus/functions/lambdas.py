# Lambda expressions.
sq = lambda x: x * x
add = lambda a, b=1: a + b
var = lambda *a, **k: (a, k)
print(sq(5), add(1), add(1, 2), var(1, k=2), (lambda: 'no args')(), (lambda x, /, *, y: x + y)(1, y=2))
print(sq.__name__, sq.__qualname__, add.__defaults__, (lambda: 0).__doc__)
print(sorted([3, -1, 2], key=lambda v: -v), list(map(lambda s: s[::-1], ['ab', 'cd'])), list(filter(lambda n: n % 2, range(8))))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, add)(3))
fs = {op: (lambda a, b, op=op: eval_op(op, a, b)) for op in '+-*'}
def eval_op(op, a, b):
    return a + b if op == '+' else a - b if op == '-' else a * b
print([fs[k](6, 3) for k in '+-*'])
print((lambda *, k=5: k)(), (lambda: (yield 1)) is not None)
y = 10
f = lambda: y
y = 20
print(f())
print((lambda n: (lambda m: n * m))(3)(4))
class C:
    attr = lambda self: 'method from lambda'
print(C().attr(), C.attr.__qualname__)
