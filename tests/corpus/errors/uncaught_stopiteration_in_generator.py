# next() on an exhausted iterator inside a generator: PEP 479 RuntimeError chained from StopIteration, uncaught.
def pairs(items):
    it = iter(items)
    while True:
        a = next(it)
        b = next(it)
        yield a, b
try:
    for p in pairs([1, 2, 3, 4]):
        print(p)
except RuntimeError as e:
    print('caught', type(e).__name__, e, type(e.__cause__).__name__)
for p in pairs('abc'):
    print(p)
