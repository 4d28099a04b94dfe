# The errors of the awaitable protocol: bad awaitables, __await__ results, async for/with
# misuse, a coroutine awaited twice at once, and the RuntimeErrors of exhausted coroutines.
from _driver import Suspend, run

class BadAwait:
    def __await__(self):
        return 5

class CoroAwait:
    def __await__(self):
        async def inner():
            pass
        c = inner()
        c.close()
        return c

class GenAwait:
    def __await__(self):
        return iter([])

class NoAnext:
    def __aiter__(self):
        return 1

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 3

class BadEnter:
    def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 2

class BadExit:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 2

class NotACM:
    pass

async def errs():
    out = []
    for obj in [1, None, 'x', BadAwait(), CoroAwait()]:
        try:
            await obj
        except TypeError as e:
            out.append(str(e))
    out.append(await GenAwait())
    try:
        async for x in 5:
            pass
    except TypeError as e:
        out.append(str(e))
    try:
        async for x in NoAnext():
            pass
    except TypeError as e:
        out.append(str(e))
    try:
        async for x in BadAnext():
            pass
    except TypeError as e:
        out.append(str(e) + ' | cause: ' + repr(e.__cause__))
    for cm in [NotACM(), BadEnter(), BadExit()]:
        try:
            async with cm:
                pass
        except (TypeError, AttributeError) as e:
            out.append(type(e).__name__ + ' ' + str(e))
    return out

for line in run(errs())[0]:
    print(line)

async def waiter(c):
    return await c

async def slow():
    await Suspend('slow')
    return 'slow done'

s = slow()
print(s.send(None))
w = waiter(s)
try:
    w.send(None)
except RuntimeError as e:
    print('RuntimeError', e)
print(s.cr_await is not None, s.cr_running, s.cr_suspended)
try:
    s.send(None)
except StopIteration as e:
    print('slow', e.value)
for f in [lambda: s.send(None), lambda: s.throw(KeyError), lambda: next(s.__await__())]:
    try:
        f()
    except RuntimeError as e:
        print('RuntimeError', e)
print(s.close(), s.cr_frame, s.cr_suspended)

async def simple():
    return 1

c = simple()
try:
    c.send('x')
except TypeError as e:
    print('TypeError', e)
try:
    c.__await__(1)
except TypeError as e:
    print('TypeError', e)
w = c.__await__()
print(type(w).__name__, iter(w) is w)
try:
    w.send()
except TypeError as e:
    print('TypeError', e)
try:
    next(w)
except StopIteration as e:
    print('StopIteration', e.value)
try:
    w.send(None)
except RuntimeError as e:
    print('RuntimeError', e)

async def selfawait():
    return await me

me = selfawait()
try:
    me.send(None)
except ValueError as e:
    print('ValueError', e)
me.close()
