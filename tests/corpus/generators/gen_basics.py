# Generator functions: lazy execution, state, multiple generators, exhaustion.
def count_up(n):
    print('  start')
    i = 0
    while i < n:
        print('  yielding', i)
        yield i
        i += 1
    print('  done')
g = count_up(3)
print('created', type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(list(g), next(g, 'exhausted'))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def empty():
    return
    yield
print(list(empty()))
g1, g2 = count_up(2), count_up(2)
print(next(g1), next(g2), next(g1))
print(sum(x * x for x in range(10)), max(c for c in 'generator'))
def with_return():
    yield 1
    return 'done value'
print(list(with_return()))
print(g.__name__, g.__qualname__, count_up.__name__, g.gi_frame, g.gi_running)
g3 = count_up(1)
print(g3.gi_frame is not None, g3.gi_code.co_name)
