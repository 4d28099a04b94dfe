# Generator pipelines: filtering, mapping, windowing, infinite sources with take.
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def evens(it):
    return (x for x in it if x % 2 == 0)
def squares(it):
    for x in it:
        yield x * x
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
print(list(take(5, squares(evens(naturals())))))
print(list(window(range(6), 3)))
def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched('abcdefg', 3)))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave('abc', [1, 2], 'XYZW')))
def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found):
            found.append(n)
            yield n
print(list(take(15, primes())))
def running_total(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_total(range(1, 11))))
