# Generator return values via StopIteration.value, with yield from capturing them.
def averager():
    total, n = 0, 0
    while True:
        x = yield
        if x is None:
            break
        total += x
        n += 1
    return total / n if n else 0.0
def grouper(results, key):
    while True:
        results[key] = yield from averager()
results = {}
for key, values in [('a', [1, 2, 3]), ('b', [10, 20]), ('c', [])]:
    g = grouper(results, key)
    next(g)
    for v in values:
        g.send(v)
    g.send(None)
print(results)
def gen():
    yield 1
    return 'the value'
g = gen()
print(next(g), next(g, 'default hides value'))
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value', e.value)
