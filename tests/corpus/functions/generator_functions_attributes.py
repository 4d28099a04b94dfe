# Generator and coroutine functions' code flags and naming, lambda generators.
def gen():
    yield 1
async def coro():
    pass
async def agen():
    yield 1
def plain():
    return 1
for fn in [gen, coro, agen, plain]:
    flags = fn.__code__.co_flags
    print(fn.__name__, bool(flags & 0x20), bool(flags & 0x80), bool(flags & 0x200))
lg = lambda: (yield 'from lambda')
g = lg()
print(type(g).__name__, next(g), g.__name__)
c = coro()
print(type(c).__name__)
c.close()
a = agen()
print(type(a).__name__)
