# Infinite generators with manual slicing, cycling, and counting (no itertools).
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step
def cycle(seq):
    while True:
        for x in seq:
            yield x
def islice(it, stop):
    for i, x in zip(range(stop), it):
        yield x
print(list(islice(count(10, 5), 5)), list(islice(cycle('ab'), 5)), list(islice(count(), 0)))
def accumulate(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(islice(accumulate(count(1)), 10)))
def repeat(x, n):
    for _ in range(n):
        yield x
print(list(repeat('r', 3)), list(repeat(0, 0)))
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x
print(list(pairwise('abcd')), list(pairwise('a')), list(pairwise('')))
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks(list(range(10)), 4)), list(chunks('abcdefg', 3)))
