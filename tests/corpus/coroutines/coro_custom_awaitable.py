# Custom awaitables via __await__ returning an iterator; values yielded up to the driver.
from _driver import Suspend, run
class Ticket:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        print('  Ticket.__await__', self.n)
        got = yield ('ticket', self.n)
        print('  ticket got', got)
        return got * 2 if got is not None else None
async def worker():
    a = await Ticket(1)
    b = await Ticket(2)
    c = await Suspend('plain suspend')
    return [a, b, c]
result, yielded = run(worker(), replies=[10, 20, 'reply-3'])
print(result, yielded)
class IterAwait:
    def __await__(self):
        return iter(['x', 'y'])
async def uses_iter():
    r = await IterAwait()
    return 'iterator returned %r' % (r,)
print(run(uses_iter()))
class Bad:
    def __await__(self):
        return 5
async def awaits_bad():
    await Bad()
try:
    run(awaits_bad())
except TypeError as e:
    print('TypeError', e)
async def awaits_int():
    await 5
try:
    run(awaits_int())
except TypeError as e:
    print('TypeError', e)
class AwaitGen:
    def __await__(self):
        yield 'from generator-based __await__'
        return 'done'
async def g():
    return await AwaitGen()
print(run(g()))
made = []
class ReturnsCoroutine:
    def __await__(self):
        async def inner():
            return 1
        made.append(inner())
        return made[-1]
async def h():
    await ReturnsCoroutine()
try:
    run(h())
except TypeError as e:
    print('TypeError', e)
made[0].close()
print('closed the rejected coroutine, so no never-awaited warning')
