# ValueError: generator already executing; gi_running; gi_frame after exhaustion; gi_yieldfrom.
def selfref():
    yield me.gi_running
    try:
        next(me)
    except ValueError as e:
        yield 'ValueError: ' + str(e)
me = selfref()
print(next(me), me.gi_running)
print(next(me))
def sender():
    try:
        me2.send(None)
    except ValueError as e:
        yield str(e)
me2 = sender()
print(next(me2))
def simple():
    yield 1
s = simple()
print(s.gi_frame is not None, s.gi_suspended if hasattr(s, 'gi_suspended') else '')
list(s)
print(s.gi_frame, s.gi_running)
def inner():
    yield 1
def outer():
    yield from inner()
o = outer()
print(o.gi_yieldfrom)
next(o)
print(type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.gi_code.co_name)
def close_self():
    try:
        me3.close()
    except ValueError as e:
        yield str(e)
me3 = close_self()
print(next(me3))
