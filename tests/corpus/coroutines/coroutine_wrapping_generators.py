# Generators can't be awaited unless they're coroutine-ish; __await__ delegating to a generator works.
from _driver import run
def plain_gen():
    yield 'from plain generator'
    return 'gen value'
class Wrap:
    def __init__(self, gen):
        self.gen = gen
    def __await__(self):
        return (yield from self.gen)
async def main():
    v = await Wrap(plain_gen())
    return v
print(run(main()))
async def await_gen_directly():
    await plain_gen()
try:
    run(await_gen_directly())
except TypeError as e:
    print('TypeError', e)
async def inner():
    return 'inner'
class AwaitCoro:
    def __await__(self):
        return inner().__await__()
async def main2():
    return await AwaitCoro()
print(run(main2()))
c = inner()
w = c.__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print('StopIteration', e.value)
