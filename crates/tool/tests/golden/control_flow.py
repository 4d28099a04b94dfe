# Loops, branches, exception handling and context managers.
import sys


def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    while n > 100:
        n //= 2
    for i in range(3):
        if i == n:
            break
        continue
    else:
        n += 1
    return "positive" if n % 2 else "even"


def handlers(path):
    try:
        with open(path) as f:
            data = f.read()
    except (OSError, ValueError) as e:
        print("failed", e, file=sys.stderr)
        raise RuntimeError("wrapped") from e
    else:
        return data
    finally:
        print("done")


def groups():
    try:
        raise ExceptionGroup("many", [TypeError(1), ValueError(2)])
    except* TypeError as eg:
        print("types", eg.exceptions)
    except* ValueError:
        pass


async def agen(xs):
    async with xs as ctx:
        async for x in ctx:
            yield x * 2
    await xs


def gen(n):
    x = yield n
    yield from range(x)
    return x


assert classify(5) in ("positive", "even"), "message"
print(classify(-3), classify(0), classify(1000))
del classify
