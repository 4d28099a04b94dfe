# Functions returning functions, higher-order utilities written by hand.
def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def partial(fn, *pargs, **pkw):
    def call(*args, **kw):
        return fn(*pargs, *args, **{**pkw, **kw})
    return call
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(9), two_to(10), square(base=3))
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_sq(n):
    print('computing', n)
    return n * n
print(slow_sq(4), slow_sq(4), slow_sq(5), sorted(slow_sq.cache.items()))
def reduce(fn, seq, init):
    acc = init
    for x in seq:
        acc = fn(acc, x)
    return acc
print(reduce(lambda a, b: a * b, range(1, 8), 1), reduce(lambda a, b: b + a, 'abc', ''))
def curry(f, n):
    def step(args):
        if len(args) == n:
            return f(*args)
        return lambda x: step(args + (x,))
    return step(())
print(curry(lambda a, b, c: a + b * c, 3)(1)(2)(3))
