# throw() and close() on coroutines suspended in an awaitable; try/finally inside coroutines.
from _driver import Suspend
async def guarded():
    try:
        v = await Suspend('first')
        print('  got', v)
        await Suspend('second')
    except ValueError as e:
        print('  handled', repr(e))
        await Suspend('after handling')
        return 'recovered'
    finally:
        print('  finally in coroutine')
c = guarded()
print(c.send(None))
print(c.throw(ValueError('injected')))
try:
    c.send(None)
except StopIteration as e:
    print('StopIteration', e.value)
d = guarded()
d.send(None)
d.close()
print('closed', d.cr_frame)
e = guarded()
e.send(None)
try:
    e.throw(KeyError('not handled'))
except KeyError as err:
    print('propagated', repr(err))
async def ignores_exit():
    try:
        await Suspend()
    except GeneratorExit:
        await Suspend('bad')
f = ignores_exit()
f.send(None)
try:
    f.close()
except RuntimeError as err:
    print('RuntimeError', err)
