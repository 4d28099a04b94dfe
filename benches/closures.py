"""Closures and higher-order functions: adders, counters with nonlocal state, function
composition, decorators, memoization in a closure, map/filter/sorted with lambdas, and a
hand-written fold.

Exercises cell variables (LOAD_DEREF/STORE_DEREF), creating function objects in loops,
calling through variables, *args/**kwargs forwarding, lambdas and builtins taking functions.
usage: closures.py [ROUNDS]
"""
import sys

DEFAULT_SIZE = 16000


def make_adder(k):
    return lambda x: x + k


def make_counter(start=0):
    count = start

    def bump(step=1):
        nonlocal count
        count += step
        return count

    return bump


def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed


def fold(func, items, initial):
    acc = initial
    for item in items:
        acc = func(acc, item)
    return acc


def counted(func):
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return func(*args, **kwargs)

    wrapper.calls = lambda: calls
    return wrapper


def memoize(func):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        value = func(n)
        cache[n] = value
        return value

    return wrapper


@counted
def scaled(x, *, factor=3):
    return x * factor


def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    total = 0
    adders = [make_adder(k) for k in range(20)]
    pipeline = compose(make_adder(1), lambda x: x * 2, make_adder(-3))
    for r in range(rounds):
        counter = make_counter(r)
        for a in adders:
            total += a(r)
            counter(2)
        total += counter()
        total += pipeline(r)
        total += fold(lambda acc, x: acc + x * x, range(r % 50), 0)
        total += sum(map(lambda x: x % 7, filter(lambda x: x & 1, range(40))))
        total += scaled(r, factor=(r % 4) + 1)
        total += curry3(lambda a, b, c: a * b - c)(r)(3)(7)
        words = ["w%d" % ((r * 7 + i * 13) % 37) for i in range(12)]
        ordered = sorted(words, key=lambda w: (len(w), w[::-1]))
        total += len(ordered[0]) + len(ordered[-1])

        @memoize
        def stairs(n):
            if n < 2:
                return 1
            return stairs(n - 1) + stairs(n - 2) + (n % 3)

        total += stairs(60) % 1000003
    print("closures total", total, "scaled calls", scaled.calls())


main()
