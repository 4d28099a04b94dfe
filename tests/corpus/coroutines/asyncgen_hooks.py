# sys.set_asyncgen_hooks / get_asyncgen_hooks: firstiter runs on first use, the finalizer
# replaces the default close when an unfinished async generator is freed.
import sys

def show(label, f):
    try:
        r = f()
        print(label, 'ok', repr(r))
    except BaseException as e:
        print(label, type(e).__name__, e)

print(sys.get_asyncgen_hooks())
show('3 args', lambda: sys.set_asyncgen_hooks(1, 2, 3))
show('bad kw', lambda: sys.set_asyncgen_hooks(x=3))
show('bad firstiter', lambda: sys.set_asyncgen_hooks(firstiter=5))
show('bad finalizer', lambda: sys.set_asyncgen_hooks(finalizer=5))
seen = []

def first(g):
    seen.append(('first', g.__name__))

def fin(g):
    seen.append(('fin', g.__name__))
    c = g.aclose()
    try:
        c.send(None)
    except StopIteration:
        seen.append('closed by the hook')

sys.set_asyncgen_hooks(first, fin)
h = sys.get_asyncgen_hooks()
print(h.firstiter is first, h.finalizer is fin, h[0] is first, len(h), type(h).__name__)

async def agen():
    try:
        yield 1
        yield 2
    finally:
        seen.append('agen finally')

g = agen()
print(seen)
a = g.__anext__()
print(seen)
try:
    a.send(None)
except StopIteration as e:
    print('yielded', e.value)
g.asend(None)
print(seen)
del g, a
print(seen)
seen.clear()
g2 = agen()
g2.aclose()
del g2
print(seen)
seen.clear()
g3 = agen()
async def consume():
    async for x in g3:
        return x
c = consume()
try:
    c.send(None)
except StopIteration as e:
    print('consumed', e.value)
del g3
print(seen)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())

def bad_first(g):
    raise KeyError('firstiter failed')

sys.set_asyncgen_hooks(firstiter=bad_first)
g4 = agen()
show('asend', lambda: type(g4.asend(None)).__name__)
show('asend again', lambda: type(g4.asend(None)).__name__)
sys.set_asyncgen_hooks(firstiter=None)
# The finalizer is set before firstiter is checked.
show('half set', lambda: sys.set_asyncgen_hooks(5, fin))
print(sys.get_asyncgen_hooks().finalizer is fin)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
