# async with: __aenter__/__aexit__, suppression, exceptions and return inside.
from _driver import Suspend, run
class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Suspend('enter ' + self.name)
        print('  entered', self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        await Suspend('exit ' + self.name)
        print('  exited', self.name, et.__name__ if et else None)
        return self.suppress
async def main():
    async with ACM('a') as v:
        print('  body', v)
    async with ACM('b', suppress=True):
        raise ValueError('suppressed')
    try:
        async with ACM('c'):
            raise KeyError('propagates')
    except KeyError as e:
        print('  caught', repr(e))
    async with ACM('d') as x, ACM('e') as y:
        return x + y
print(run(main()))
class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
async def wrong():
    async with SyncOnly():
        pass
try:
    run(wrong())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class BadAenter:
    def __aenter__(self):
        return 5
    async def __aexit__(self, *a):
        pass
async def wrong2():
    async with BadAenter():
        pass
try:
    run(wrong2())
except TypeError as e:
    print('TypeError', e)
