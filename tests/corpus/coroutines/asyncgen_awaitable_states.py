# The awaitables of an async generator driven by hand: asend/athrow/aclose states, reuse
# errors, "already running", aclose of a suspended generator, ignored GeneratorExit.
def show(label, f):
    try:
        r = f()
        print(label, 'ok', repr(r))
    except BaseException as e:
        print(label, type(e).__name__, e)

class Sus:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        r = yield self.v
        return r

async def ag():
    try:
        x = yield 1
        print('  got', x)
        y = await Sus('s1')
        print('  awaited', y)
        yield 2
    finally:
        print('  finally')
        z = await Sus('in-finally')
        print('  z', z)

g = ag()
show('first', lambda: g.asend(None).send(None))
a = g.asend('X')
show('a.send', lambda: a.send(None))
b = g.asend(None)
show('b.send', lambda: b.send(None))
print('ag_running', g.ag_running, type(g.ag_await).__name__)
show('a.send R', lambda: a.send('R'))
show('a again', lambda: a.send(None))
print('ag_running', g.ag_running, g.ag_await)
c = g.aclose()
show('c.send', lambda: c.send(None))
show('c.send zz', lambda: c.send('zz'))
show('c again', lambda: c.send(None))
show('after end asend', lambda: g.asend(None).send(None))
show('after end athrow', lambda: g.athrow(KeyError).send(None))
show('after end aclose', lambda: g.aclose().send(None))
print(g.ag_frame, g.ag_running)

# athrow with the exception handled, unhandled, and thrown into the await in finally.
g = ag()
show('start', lambda: g.asend(None).send(None))
t = g.athrow(ValueError('v'))
show('t.send', lambda: t.send(None))
show('t.send2', lambda: t.send(None))
show('t.send3', lambda: t.send(None))
g = ag()
show('start', lambda: g.asend(None).send(None))
c = g.aclose()
show('c.send', lambda: c.send(None))
show('c.throw', lambda: c.throw(KeyError('k')))
show('c.throw again', lambda: c.throw(KeyError('k')))

# The first step must send None; athrow's arguments are checked when it runs.
g = ag()
t = g.athrow(ValueError)
show('non-None', lambda: t.send(5))
show('None', lambda: t.send(None))
show('reuse', lambda: t.send(None))
show('lazy args', lambda: type(ag().athrow(1, 2, 3, 4)).__name__)
show('no args', lambda: ag().athrow().send(None))
show('bad exc', lambda: ag().athrow(1).send(None))
show('asend 5', lambda: ag().asend(5).send(None))
show('asend None then 7', lambda: ag().asend(None).send(7))

# An async generator that keeps yielding after GeneratorExit.
async def stubborn():
    while True:
        try:
            yield 'tick'
        except GeneratorExit:
            print('  ignoring GeneratorExit')
s = stubborn()
show('start', lambda: s.asend(None).send(None))
show('aclose', lambda: s.aclose().send(None))
show('aclose again', lambda: s.aclose().send(None))
show('asend after', lambda: s.asend(None).send(None))
show('closed athrow', lambda: s.athrow(KeyError('end')).send(None))
show('finish it', lambda: s.asend(None).throw(KeyError('end')))
print(s.ag_frame)

# close() on the awaitables, and the asend after a finished one.
g = ag()
a = g.asend(None)
show('close', lambda: a.close())
show('closed send', lambda: a.send(None))
show('closed throw', lambda: a.throw(KeyError))
t = g.athrow(KeyError)
show('athrow close', lambda: t.close())
show('athrow closed send', lambda: t.send(None))
show('aclose fresh', lambda: g.aclose().send(None))
g = ag()
a = g.__anext__()
print(a.__await__() is a, iter(a) is a)
show('next', lambda: next(a))
show('next again', lambda: next(a))
# Finishing its finally by hand.
c = g.aclose()
show('step', lambda: c.send(None))
show('step', lambda: c.send('done'))
