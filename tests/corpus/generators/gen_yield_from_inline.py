# `yield from` and `await` (SEND) run a generator or coroutine in the dispatch loop of the
# frame that delegates to it. These check what must not change: values sent down and
# yielded up, return values, exceptions in both directions, throw/close delegation, the
# states seen from outside, and the errors of generators that cannot be resumed.
import sys


def inner(tag):
    got = yield f"{tag}:first"
    got2 = yield f"{tag}:got {got}"
    return f"{tag} returns {got2}"


def outer():
    r = yield from inner("a")
    yield f"outer saw {r!r}"
    r2 = yield from inner("b")
    return r2


g = outer()
print(next(g), g.send(1), g.send(2), g.send(3), g.send(4))
try:
    g.send(5)
except StopIteration as e:
    print("StopIteration", e.value)


# Nested delegation, values going down and up through every level.
def level(n):
    if n == 0:
        total = 0
        while True:
            v = yield total
            if v is None:
                return total
            total += v
    return (yield from level(n - 1)) * 10


g = level(5)
print(next(g), g.send(1), g.send(2), g.send(3))
try:
    g.send(None)
except StopIteration as e:
    print("depth 5 returns", e.value)


# gi_yieldfrom and states while delegating.
def watcher():
    yield 1
    yield 2


w = watcher()


def delegator():
    yield from w


d = delegator()
print(d.gi_yieldfrom, w.gi_running, w.gi_suspended)
next(d)
print(d.gi_yieldfrom is w, w.gi_suspended, d.gi_suspended, w.gi_frame.f_lineno)
print(list(d), d.gi_yieldfrom, w.gi_frame)


# Exceptions: raised inside, caught outside; StopIteration inside becomes RuntimeError.
def raises_inside():
    yield 1
    raise KeyError("inner")


def catches():
    try:
        yield from raises_inside()
    except KeyError as e:
        yield f"caught {e!r}"


print(list(catches()))


def stop_inside():
    yield 1
    raise StopIteration("leak")


def through():
    try:
        yield from stop_inside()
    except RuntimeError as e:
        yield f"{type(e).__name__}: {e} (cause {e.__cause__!r})"


print(list(through()))


# The traceback shows every level.
def bottom():
    yield 1
    1 / 0


def middle():
    yield from bottom()


def top():
    yield from middle()


try:
    for _ in top():
        pass
except ZeroDivisionError as e:
    tb, names = e.__traceback__, []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)


# throw() and close() go to the innermost suspended generator.
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            yield f"inner handled {e}"
        except GeneratorExit:
            print("inner closing")
            raise


def wrapper():
    try:
        yield from catcher()
    finally:
        print("wrapper finally")


g = wrapper()
print(next(g), g.throw(ValueError("boom")), next(g))
g.close()
print(g.gi_frame)


# Sending into a just-started generator through yield from.
def fresh():
    yield 1


def sends_early():
    yield from fresh()


g = sends_early()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)


# Coroutines awaiting coroutines, driven by send().
class Ticket:
    def __await__(self):
        v = yield "ticket"
        return v * 2


async def leaf(x):
    a = await Ticket()
    b = await Ticket()
    return a + b + x


async def branch(x):
    return await leaf(x) + await leaf(x + 1)


async def root():
    results = []
    for i in range(3):
        results.append(await branch(i))
    return results


c = root()
steps = []
try:
    v = c.send(None)
    n = 0
    while True:
        steps.append(v)
        n += 1
        v = c.send(n)
except StopIteration as e:
    print(len(steps), set(steps), e.value)


# Awaiting a finished coroutine, and a coroutine awaiting itself.
async def done():
    return 1


async def twice(co):
    await co
    await co


try:
    twice(done()).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def self_await():
    await me


me = self_await()
try:
    me.send(None)
except ValueError as e:
    print("ValueError:", e)
me.close()


# Deep delegation stops at the recursion limit.
def deep(n):
    yield from deep(n + 1)


try:
    next(deep(0))
except RecursionError:
    print("RecursionError")

# An uncaught exception through yield from prints the whole chain.
def fails():
    yield "ok"
    raise LookupError("at the bottom")


def passes():
    return (yield from fails())


for v in passes():
    print(v)
