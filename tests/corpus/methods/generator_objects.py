# generator objects: send throw close __next__ __iter__ gi_* __name__ __qualname__; errors.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

def gen(n):
    try:
        total = 0
        for i in range(n):
            got = yield i
            if got is not None:
                total += got
                print('got', got)
        return total
    finally:
        print('gen finally')
g = gen(4)
print(g.__name__, g.__qualname__, g.gi_running, g.gi_suspended, g.gi_yieldfrom, g.gi_code.co_name, g.gi_frame.f_lineno > 0)
print(g.__iter__() is g, g.__next__(), g.send(10), g.gi_suspended, next(g), g.send(5))
try:
    g.send(1)
except StopIteration as e:
    print('StopIteration value', e.value, e.args)
print(g.gi_frame, g.gi_suspended, g.gi_running)
run('send after end', lambda: g.send(None))
run('next after end', lambda: next(g))
run('close after end', lambda: g.close())
def gen2():
    try:
        yield 1
    except ValueError as e:
        print('caught in gen', type(e).__name__, e)
        yield 'recovered'
    yield 'last'
g2 = gen2()
run('send non-None first', lambda: g2.send(5))
print(next(g2), g2.throw(ValueError('boom')), g2.throw(ValueError, ValueError('v2')) if False else next(g2))
run('throw type', lambda: g2.throw(KeyError))
run('throw after end', lambda: g2.throw(KeyError('k')))
run('throw non-exception', lambda: gen2().throw(5))
run('throw class and value', lambda: gen2().throw(TypeError, 'msg'))
g3 = gen2()
next(g3)
run('throw with instance and value', lambda: g3.throw(ValueError('a'), 'b'))
def gen3():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
g4 = gen3()
next(g4)
print(g4.close(), g4.gi_frame, g4.close())
def gen_bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g5 = gen_bad_close()
next(g5)
run('yield in close', lambda: g5.close())
def gen_return_in_close():
    try:
        yield 1
    finally:
        return 'ignored'
g6 = gen_return_in_close()
next(g6)
print('close returns', g6.close())
def delegating():
    r = yield from gen(2)
    print('delegated result', r)
    yield 'after'
d = delegating()
print(next(d), d.gi_yieldfrom.__name__, d.send(7), d.send(8), d.gi_yieldfrom)
def running():
    print('gi_running inside', rg.gi_running)
    yield rg.gi_running
rg = running()
print(next(rg))
def reenter():
    yield next(re_g)
re_g = reenter()
run('already executing', lambda: next(re_g))
ge = (x * x for x in range(3))
print(ge.__name__, ge.__qualname__.endswith('<genexpr>'), list(ge), list(ge))
run('gen not subscriptable', lambda: gen(1)[0])
run('gen no len', lambda: len(gen(1)))
run('send no args', lambda: gen(1).send())
run('set name bad', lambda: setattr(gen(1), '__name__', 5))
gx = gen(1)
gx.__name__ = 'newname'
print(gx.__name__, gx.__qualname__)
gx.close()
def stop_inside():
    raise StopIteration('inner')
    yield
run('StopIteration inside', lambda: next(stop_inside()))
