# A coroutine that is closed explicitly produces no 'never awaited' warning; cr_* attributes.
async def job(x):
    return x
c = job(1)
print(c.cr_running, c.cr_origin, c.cr_await)
c.close()
c2 = job(2)
try:
    c2.send(None)
except StopIteration as e:
    print('value', e.value)
print('done; no warning is printed because every coroutine ran or was closed')
