"""A pipeline of generators: a number source, filters, maps, sliding windows, chunking,
`yield from` delegation, generator expressions consumed by sum/max/any, and a generator
driven with send() that keeps a running average.

Exercises generator creation, resumption and exhaustion (StopIteration handling inside for
loops), yield from, generator expressions, send().
usage: generators.py [COUNT]
"""
import sys

DEFAULT_SIZE = 800000


def numbers(n, seed):
    state = seed
    for _ in range(n):
        state = (state * 69069 + 1) & 0xFFFFFFFF
        yield state >> 20


def only(pred, items):
    for x in items:
        if pred(x):
            yield x


def scale(items, k):
    for x in items:
        yield x * k


def windows(items, size):
    window = []
    for x in items:
        window.append(x)
        if len(window) == size:
            yield tuple(window)
            del window[0]


def chunks(items, size):
    chunk = []
    for x in items:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return count
        total += value
        count += 1
        average = total / count


def take(n, items):
    for i, x in enumerate(items):
        if i >= n:
            return
        yield x


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    source = numbers(n, 12345)
    evens = only(lambda x: x % 2 == 0, source)
    scaled = scale(evens, 3)
    window_sums = (a + b + c for a, b, c in windows(scaled, 3))
    chunk_max = [max(chunk) for chunk in chunks(window_sums, 50)]
    print("chunks", len(chunk_max), sum(chunk_max))

    nested = [[i, [i + 1, [i + 2, i + 3]], i + 4] for i in range(n // 20)]
    flat_total = sum(flatten(nested))
    print("flatten", flat_total)

    avg = running_average()
    next(avg)
    last = None
    for x in take(n // 2, numbers(n, 99)):
        last = avg.send(x)
    try:
        avg.send(None)
    except StopIteration as stop:
        count = stop.value
    print("average %.6f over %d" % (last, count))

    squares = sum(x * x for x in range(n) if x % 3)
    anyhit = any(x > 4000 for x in numbers(n, 5))
    pairs = sum(1 for a in range(200) for b in range(a) if (a ^ b) & 7 == 0)
    print("expressions", squares, anyhit, pairs)


main()
