# A coroutine freed without ever running warns on stderr (RuntimeWarning, once per line);
# one that ran, or was closed, does not.
import gc

async def job():
    return 1

class Holder:
    async def method(self):
        pass

job()
print('after the first')

def make():
    job()

make()
make()
for i in range(3):
    job()
Holder().method()
c = job()
del c
pair = [job(), job()]
pair = None
started = job()
try:
    started.send(None)
except StopIteration as e:
    print('ran', e.value)
del started
closed = job()
closed.close()
del closed

class Cycle:
    pass

o = Cycle()
o.coro = job()
o.me = o
del o
gc.collect()
print('end')
