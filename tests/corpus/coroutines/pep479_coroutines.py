# PEP 479 in coroutines and async generators: StopIteration (and StopAsyncIteration in an
# async generator) leaking out becomes RuntimeError, chained from the original.
from _driver import Suspend, run

def describe(e):
    return (type(e).__name__, str(e), repr(e.__cause__), e.__context__ is e.__cause__,
            e.__suppress_context__)

async def coro_leak():
    await Suspend('before')
    raise StopIteration('from coroutine')

try:
    run(coro_leak())
except RuntimeError as e:
    print(describe(e))

async def agen_leak_stop():
    yield 1
    next(iter([]))

async def agen_leak_astop():
    yield 1
    raise StopAsyncIteration('explicit')

async def drive(make):
    g = make()
    out = [await g.__anext__()]
    try:
        await g.__anext__()
    except RuntimeError as e:
        out.append(describe(e))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        out.append('then exhausted')
    return out

print(run(drive(agen_leak_stop)))
print(run(drive(agen_leak_astop)))

async def agen_throw_target():
    try:
        yield 'ready'
    except KeyError:
        yield 'handled'

async def throw_stop():
    g = agen_throw_target()
    await g.__anext__()
    try:
        await g.athrow(StopIteration('thrown in'))
    except RuntimeError as e:
        return describe(e)

print(run(throw_stop()))

def gen():
    yield 1

g = gen()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print(describe(e))

async def catches():
    try:
        raise StopIteration('caught inside')
    except StopIteration as e:
        return 'fine: ' + str(e)

print(run(catches()))
