# async def returns a coroutine; driving with send(None); return value via StopIteration.
async def add(a, b):
    return a + b
c = add(2, 3)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await)
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError', e)
async def nested():
    x = await add(1, 1)
    y = await add(x, 10)
    return x, y
n = nested()
try:
    n.send(None)
except StopIteration as e:
    print('nested result', e.value)
async def f():
    pass
coro = f()
print(coro.cr_code.co_name, coro.cr_frame is not None)
coro.close()
print(coro.cr_frame)
try:
    coro.send(None)
except RuntimeError as e:
    print('RuntimeError', e)
import sys
print(type(add).__name__, add.__code__.co_flags & 0x80 != 0)
c3 = add(1, 2)
try:
    next(c3)
except TypeError as e:
    print('TypeError', e)
try:
    iter(c3)
except TypeError as e:
    print('TypeError', e)
c3.close()
c2 = add(1, 2)
try:
    c2.send(5)
except TypeError as e:
    print('TypeError', e)
c2.close()
