# Driving async generator awaitables directly with send/throw (what an event loop would do).
async def ag():
    received = yield 'first'
    yield 'second got %r' % (received,)
g = ag()
aw = g.__anext__()
try:
    aw.send(None)
except StopIteration as e:
    print('anext result', e.value)
aw = g.asend('hello')
try:
    aw.send(None)
except StopIteration as e:
    print('asend result', e.value)
aw = g.__anext__()
try:
    aw.send(None)
except StopAsyncIteration:
    print('exhausted')
g2 = ag()
try:
    g2.__anext__().send(None)
except StopIteration as e:
    print(e.value)
try:
    g2.athrow(KeyError('x')).send(None)
except KeyError as e:
    print('athrow propagated', repr(e))
g3 = ag()
try:
    g3.aclose().send(None)
except StopIteration:
    print('aclose of unstarted generator finished')
print(type(g3.__anext__()).__name__, type(g3.asend(None)).__name__, hasattr(g3, '__aiter__'), g3.__aiter__() is g3)
