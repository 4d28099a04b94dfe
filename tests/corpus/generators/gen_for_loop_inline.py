# A `for` loop over a generator runs the generator's frame in the loop's own dispatch loop
# (FOR_ITER_GEN). These check everything that can be seen from inside and outside while it
# does: frames, states, exceptions and their tracebacks, the exception being handled,
# re-entrance, early exits, and a mix with next().
import sys


def count(n):
    for i in range(n):
        yield i
    return "ignored by the loop"


def caller_name():
    yield sys._getframe(1).f_code.co_name
    yield sys._getframe().f_back.f_code.co_name


def loop_in_function():
    return [x for x in caller_name()], list(caller_name()), [y for y in count(3)]


print(loop_in_function())


def states(log):
    g = None

    def inner():
        log.append(("running", g.gi_running, g.gi_suspended, g.gi_frame is not None))
        yield 1
        log.append(("again", g.gi_running, g.gi_frame.f_code.co_name, g.gi_frame.f_lineno))
        yield 2

    g = inner()
    for v in g:
        log.append(("body", v, g.gi_running, g.gi_suspended, g.gi_frame.f_lineno))
    log.append(("end", g.gi_running, g.gi_suspended, g.gi_frame))


log = []
states(log)
for entry in log:
    print(entry)


# Re-entering a running generator.
def reentrant():
    yield next(me)


me = reentrant()
try:
    for _ in me:
        pass
except ValueError as e:
    print("ValueError:", e)
print(list(me))


# StopIteration inside becomes RuntimeError, chained; the loop's own handlers see it.
def leaks_stop():
    yield 1
    raise StopIteration("inner")


try:
    for v in leaks_stop():
        print("got", v)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), e.__suppress_context__)


# An exception from the generator: the traceback names the generator's line, then the loop's.
def fails(n):
    for i in range(n):
        if i == 2:
            {}["missing"]
        yield i


def consume():
    total = 0
    for v in fails(5):
        total += v
    return total


try:
    consume()
except KeyError as e:
    tb = e.__traceback__
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(entries)

# Handled inside the generator: nothing reaches the loop.
def handles():
    for i in range(3):
        try:
            1 / (i - 1)
        except ZeroDivisionError:
            yield "handled"
        else:
            yield i


print(list(handles()), [x for x in handles()])


# The exception being handled: the loop's is not the generator's, and back.
def sees_exc_info():
    yield sys.exc_info()[0]
    try:
        raise KeyError("inside")
    except KeyError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]


try:
    raise IndexError("outside")
except IndexError:
    for t in sees_exc_info():
        print("generator sees", t and t.__name__, "| loop sees", sys.exc_info()[0].__name__)


# Leaving the loop early leaves the generator suspended; closing it runs its finally.
def with_finally(tag):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("finally", tag)


g = with_finally("a")
for v in g:
    if v == 2:
        break
print("after break", g.gi_suspended)
g.close()
for v in with_finally("b"):
    pass
print("loop over")

# Finished generators give empty loops; next() and for can take turns.
g = count(6)
print(next(g), next(g))
for v in g:
    print("for", v)
    if v == 3:
        break
print(next(g), list(g), list(g))
for v in g:
    print("never")


# Deep chains of generators feeding each other through for loops.
def chain(depth, n):
    if depth == 0:
        yield from range(n)
        return
    for x in chain(depth - 1, n):
        yield x + 1


print(sum(chain(50, 100)), list(chain(200, 3)))


# Recursion through generators still stops at the limit.
def forever():
    for x in forever():
        yield x


try:
    for x in forever():
        pass
except RecursionError as e:
    print("RecursionError", "maximum recursion depth exceeded" in str(e))

# A loop site that saw generators, then other iterables.
def mixed(items):
    out = []
    for it in items:
        for v in it:
            out.append(v)
    return out


print(mixed([count(2), [10, 11], count(1), (20,), iter("ab"), count(0), range(2)]))


# Values the generator receives: next() sends None into the yield expression.
def echo():
    got = []
    while len(got) < 3:
        got.append((yield len(got)))
    print("received", got)


for v in echo():
    pass


# A generator deleted by name while the loop runs it stays alive until the loop ends.
class Noisy:
    def __del__(self):
        print("Noisy gone")


def holds():
    keep = Noisy()
    yield 1
    yield 2


g = holds()
for v in g:
    if v == 1:
        del g
    print("body", v)
print("loop done")


# An uncaught exception through the inline frame prints the same traceback.
def bad():
    yield 1
    raise ValueError("from the generator")


for v in bad():
    print("value", v)
