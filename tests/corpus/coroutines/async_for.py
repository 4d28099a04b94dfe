# async for with custom async iterators (__aiter__/__anext__) driven manually.
from _driver import Suspend, run
class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        print('  __aiter__')
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Suspend('tick %d' % self.i)
        return self.i
async def consume():
    out = []
    async for x in Counter(3):
        out.append(x)
    else:
        out.append('else')
    async for x in Counter(5):
        if x == 2:
            continue
        if x == 4:
            break
        out.append(x * 10)
    return out
print(run(consume()))
class NoAiter:
    pass
async def bad():
    async for _ in NoAiter():
        pass
try:
    run(bad())
except TypeError as e:
    print('TypeError', e)
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
async def bad2():
    async for _ in BadAnext():
        pass
try:
    run(bad2())
except TypeError as e:
    print('TypeError', e)
async def comprehension():
    return [x async for x in Counter(3)], [x async for x in Counter(4) if x % 2 == 0]
print(run(comprehension()))
