# Async comprehensions and async generator expressions, with awaits inside and around them.
from _driver import Suspend, run

async def agen(n):
    for i in range(n):
        await Suspend(('tick', i))
        yield i

async def double(x):
    await Suspend(('double', x))
    return x * 2

async def main():
    a = [x async for x in agen(3)]
    b = {x: x * 2 async for x in agen(2)}
    c = {x async for x in agen(3) if x}
    d = [await double(i) for i in range(2)]
    e = [await double(x) async for x in agen(2)]
    g = (x * 10 async for x in agen(2))
    print(type(g).__name__, g.__name__, g.ag_running)
    f = [y async for y in g]
    nested = [[y async for y in agen(x)] async for x in agen(3)]
    mixed = [(x, y) async for x in agen(2) for y in 'ab']
    return a, b, c, d, e, f, nested, mixed
result, ticks = run(main())
for r in result:
    print(r)
print(len(ticks), ticks[:5])

async def genexp_with_await():
    g = (await double(x) for x in range(3))
    return [v async for v in g]
print(run(genexp_with_await()))

async def failing(n):
    yield 1
    raise ValueError('inside agen ' + str(n))

async def catch_in_comprehension():
    try:
        return [x async for x in failing(1)]
    except ValueError as e:
        return 'caught ' + str(e)
print(run(catch_in_comprehension()))

async def break_out():
    out = []
    g = agen(5)
    async for x in g:
        out.append(x)
        if x == 1:
            break
    out.append(g.ag_frame is not None)
    await g.aclose()
    out.append(g.ag_frame)
    return out
print(run(break_out()))
