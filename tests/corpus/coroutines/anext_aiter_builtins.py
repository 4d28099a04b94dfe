# aiter() and anext() (with and without a default) over async generators and classes.
from _driver import Suspend, run

def show(label, f):
    try:
        r = f()
        print(label, 'ok', type(r).__name__ if hasattr(r, '__await__') else repr(r))
    except BaseException as e:
        print(label, type(e).__name__, e)

async def agen(n):
    for i in range(n):
        await Suspend(('tick', i))
        yield i

class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > self.n:
            raise StopAsyncIteration
        await Suspend('count')
        return self.i

async def main():
    g = agen(2)
    r = [await anext(g), await anext(g), await anext(g, 'end'), await anext(g, 'end2')]
    try:
        await anext(g)
    except StopAsyncIteration as e:
        r.append(('StopAsyncIteration', e.args))
    it = aiter(Counter(2))
    r.append(await anext(it))
    r.append(await anext(it, 'unused'))
    r.append(await anext(it, None))
    # 3.11 fails to make StopIteration(default) for a tuple or exception default.
    for d in [('a', 'tuple'), KeyError('k')]:
        try:
            r.append(await anext(it, d))
        except SystemError as e:
            r.append((type(e).__name__, str(e), type(e.__cause__).__name__))
    return r
print(run(main()))

show('anext()', lambda: anext())
show('anext(1)', lambda: anext(1))
show('aiter(1)', lambda: aiter(1))
show('anext 3 args', lambda: anext(agen(1), 1, 2))
show('anext type', lambda: anext(agen(1), 1))
show('anext no default type', lambda: anext(agen(1)))
class BadAiter:
    def __aiter__(self):
        return 5
show('bad __aiter__', lambda: aiter(BadAiter()))
g = agen(1)
print(aiter(g) is g)

# The anext_awaitable object driven by hand: the default replaces StopAsyncIteration.
g = agen(1)
x = anext(g, 'dflt')
print(x.__await__() is x, iter(x) is x)
show('send', lambda: x.send(None))
show('send', lambda: x.send(None))
show('send', lambda: x.send(None))
x = anext(g, 'dflt')
show('exhausted', lambda: x.send(None))
x = anext(g, 'dflt')
show('next', lambda: next(x))
show('throw', lambda: anext(agen(1), 0).throw(KeyError('k')))
show('close', lambda: anext(agen(1), 0).close())
x = anext(Counter(0), 'empty')
show('class exhausted', lambda: x.send(None))
x = anext(Counter(1), 'unused')
show('class send', lambda: x.send(None))
show('class send', lambda: x.send(None))
