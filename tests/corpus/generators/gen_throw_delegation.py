# throw() and close() reaching a yield-from delegate: a custom iterator's throw() gets the
# arguments exactly as passed, a StopIteration from it resumes the delegating generator.
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
    def throw(self, *args):
        print('  It.throw got', len(args), [type(a).__name__ for a in args])
        if self.n > 2:
            raise StopIteration('it-ret')
        return 'thrown-ok'
    def close(self):
        print('  It.close')

def deleg():
    r = yield from It()
    print('  deleg got', r)
    yield 'after'

d = deleg()
print(next(d))
print(d.throw(ValueError))
print(d.throw(ValueError, ValueError('v')))
print(d.throw(ValueError('inst')))
print(d.throw(ValueError, None, None))
print(next(d))
print(type(d.gi_yieldfrom).__name__)
print(next(d))
print(d.throw(KeyError))
print(d.gi_yieldfrom, d.gi_frame is not None)
try:
    d.throw(KeyError('after the delegate'))
except KeyError as e:
    print('KeyError', repr(e))
print(d.gi_frame)

d = deleg()
next(d)
print(d.close(), d.gi_frame, d.gi_suspended)

class NoThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return 'nt'

def deleg2():
    try:
        yield from NoThrow()
    except KeyError as e:
        yield 'caught in deleg2 ' + repr(e)

d = deleg2()
print(next(d))
print(d.throw(KeyError('no throw method')))
d.close()

def inner():
    try:
        yield 'inner 1'
        yield 'inner 2'
    except ValueError as e:
        print('  inner caught', repr(e))
        return 'inner result'
    finally:
        print('  inner finally')

def outer():
    r = yield from inner()
    print('  outer got', r)
    yield 'outer after'

o = outer()
print(next(o), type(o.gi_yieldfrom).__name__)
print(o.throw(ValueError('v')))
print(o.gi_yieldfrom)
o.close()

o = outer()
next(o)
print('close outer:', o.close())

class BadClose:
    def __iter__(self):
        return self
    def __next__(self):
        return 'bc'
    def close(self):
        raise OSError('close failed')

def deleg3():
    try:
        yield from BadClose()
    except OSError as e:
        print('  deleg3 sees', repr(e))
        raise

d = deleg3()
next(d)
try:
    d.close()
except OSError as e:
    print('close raised', repr(e))

def level2():
    try:
        yield 'l2'
    except GeneratorExit:
        print('  level2 exiting')
        raise

def level1():
    try:
        yield from level2()
    finally:
        print('  level1 finally')

g = level1()
next(g)
print('throw GeneratorExit:', end=' ')
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print('propagated')
