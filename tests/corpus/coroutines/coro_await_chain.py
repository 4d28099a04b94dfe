# Deep await chains; exceptions propagate through awaits; cr_await shows what is awaited.
from _driver import Suspend, run
async def leaf(n):
    got = await Suspend('leaf %d' % n)
    if got == 'fail':
        raise ValueError('leaf %d failed' % n)
    return n * 100
async def middle(n):
    try:
        return await leaf(n) + 1
    except ValueError as e:
        return 'middle caught: %s' % e
async def top():
    a = await middle(1)
    b = await middle(2)
    return a, b
print(run(top(), replies=['ok', 'fail']))
c = top()
c.send(None)
print(type(c.cr_await).__name__, c.cr_await.cr_code.co_name, c.cr_await.cr_await.cr_code.co_name)
c.close()
async def raiser():
    raise KeyError('from coroutine')
async def caller():
    try:
        await raiser()
    except KeyError as e:
        return 'caught ' + repr(e)
print(run(caller()))
async def recursive(n):
    if n == 0:
        return await Suspend('bottom')
    return await recursive(n - 1)
print(run(recursive(20), replies=['value from driver']))
