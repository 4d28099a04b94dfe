# throw() and close(): handling inside the generator, GeneratorExit, yields during close.
def resilient():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('  handled', e)
            yield 'recovered'
g = resilient()
print(next(g))
print(g.throw(ValueError('oops')))
print(next(g))
try:
    g.throw(KeyError('unhandled'))
except KeyError as e:
    print('propagated', repr(e))
print(next(g, 'generator finished'))
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('  got GeneratorExit')
        raise
    finally:
        print('  finally in generator')
c = closer()
print(next(c))
c.close()
print('closed; next ->', next(c, 'exhausted'))
c.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 'not allowed'
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print('RuntimeError', e)
def unstarted():
    print('  never runs')
    yield
u = unstarted()
u.close()
print('closing unstarted is fine')
u2 = unstarted()
try:
    u2.throw(IndexError('into unstarted'))
except IndexError as e:
    print('thrown into unstarted raises at once', repr(e))
def returns_on_close():
    try:
        yield
    except GeneratorExit:
        return 'ignored value'
r = returns_on_close()
next(r)
print(r.close())
t = resilient()
next(t)
try:
    t.throw(ValueError)
    print(t.throw(ValueError, ValueError('legacy two-arg form')))
except Exception as e:
    print(type(e).__name__, e)
def catch_all():
    try:
        yield 1
    except BaseException as e:
        print('  caught', type(e).__name__)
        yield 'swallowed'
ca = catch_all()
next(ca)
print(ca.throw(StopIteration))
