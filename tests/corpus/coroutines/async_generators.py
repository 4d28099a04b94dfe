# Async generators: __anext__, asend, athrow, aclose driven manually.
from _driver import Suspend, run
async def agen():
    try:
        x = yield 1
        print('  agen got', x)
        await Suspend('awaiting inside agen')
        y = yield 2
        print('  agen got', y)
        yield 3
    except ValueError as e:
        print('  agen handled', repr(e))
        yield 'after-throw'
    finally:
        print('  agen finally')
async def main():
    g = agen()
    print(type(g).__name__, g.__name__, g.ag_running)
    print(await g.__anext__())
    print(await g.asend('sent-A'))
    print(await g.athrow(ValueError('thrown')))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('StopAsyncIteration')
    g2 = agen()
    await g2.__anext__()
    await g2.aclose()
    print('closed g2')
    out = []
    async for v in agen():
        out.append(v)
    return out
print(run(main()))
async def numbers(n):
    for i in range(n):
        await Suspend(i)
        yield i * i
async def collect():
    return [x async for x in numbers(4)]
print(run(collect()))
async def bad_return():
    yield 1
async def use_anext_after_end():
    g = bad_return()
    await g.__anext__()
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        return 'StopAsyncIteration %r' % (e.args,)
print(run(use_anext_after_end()))
async def stop_inside():
    yield 1
    raise StopAsyncIteration
async def drive_stop():
    g = stop_inside()
    await g.__anext__()
    try:
        await g.__anext__()
    except RuntimeError as e:
        return 'RuntimeError ' + str(e)
print(run(drive_stop()))
