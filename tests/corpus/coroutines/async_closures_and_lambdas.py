# async functions as closures, methods, staticmethods; async comprehensions with await.
from _driver import Suspend, run
def make(multiplier):
    async def scaled(x):
        await Suspend(x)
        return x * multiplier
    return scaled
class Service:
    def __init__(self, base):
        self.base = base
    async def fetch(self, n):
        await Suspend('fetch %d' % n)
        return self.base + n
    @staticmethod
    async def static(n):
        return -n
    @classmethod
    async def create(cls, base):
        await Suspend('create')
        return cls(base)
async def main():
    triple = make(3)
    s = await Service.create(100)
    values = [await triple(i) for i in range(3)]
    fetched = [await s.fetch(i) for i in range(2)]
    return values, fetched, await Service.static(5)
print(run(main()))
