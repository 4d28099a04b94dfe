# nonlocal in loops and comprehensions, multiple levels, and class bodies inside functions.
def counter_factory():
    counters = []
    for i in range(3):
        def make(start=i):
            total = start
            def inc():
                nonlocal total
                total += 10
                return total
            return inc
        counters.append(make())
    return counters
cs = counter_factory()
print([c() for c in cs], [c() for c in cs])
def level1():
    v = 'l1'
    def level2():
        def level3():
            nonlocal v
            v = 'set by l3'
        level3()
        return v
    return level2(), v
print(level1())
def func_with_class():
    secret = 'function local'
    class Inner:
        seen = secret
        def method(self):
            return secret
    return Inner.seen, Inner().method()
print(func_with_class())
def shadowing():
    x = 'outer'
    def inner():
        x = 'inner local'
        return x
    return inner(), x
print(shadowing())
