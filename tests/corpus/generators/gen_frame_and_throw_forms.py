# gi_frame through a generator's life, gi_running/gi_suspended, exceptions seen inside a
# generator, and the argument checks of throw().
def show(label, f):
    try:
        r = f()
        print(label, 'ok', repr(r))
    except BaseException as e:
        print(label, type(e).__name__, e)

def gf():
    x = 1
    yield x
    y = 2
    yield y

f = gf()
fr = f.gi_frame
print(fr.f_lineno, fr.f_code.co_name, f.gi_suspended, f.gi_running)
next(f)
print(fr.f_lineno, f.gi_frame is fr, f.gi_suspended)
next(f)
print(fr.f_lineno)
list(f)
print(f.gi_frame, f.gi_suspended)

def running_frame():
    yield me.gi_frame.f_lineno, me.gi_running, me.gi_suspended, me.gi_frame.f_code.co_name

me = running_frame()
print(next(me))
me.close()

async def co():
    pass

c = co()
print(c.cr_frame.f_code.co_name, c.cr_suspended, c.cr_running)
c.close()
print(c.cr_frame)

def throw_fresh():
    yield 1

t = throw_fresh()
try:
    t.throw(ValueError, 'x')
except ValueError as e:
    print('fresh', e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
print(t.gi_frame, t.gi_suspended)
show('next after', lambda: next(t))

import sys

def excinfo():
    try:
        raise ValueError('inner')
    except ValueError:
        yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])

e = excinfo()
print(next(e))
try:
    raise KeyError('outer')
except KeyError:
    print(next(e))
    print(repr(sys.exc_info()[1]))
print(next(e))

def gg():
    yield 1

class Weird(Exception):
    def __new__(cls, *a):
        return 5

show('send()', lambda: gg().send())
show('throw()', lambda: gg().throw())
show('close(1)', lambda: gg().close(1))
show('throw 4 args', lambda: gg().throw(1, 2, 3, 4))
show('throw int', lambda: gg().throw(1))
show('throw bad tb', lambda: gg().throw(KeyError, 1, 2))
show('throw instance+value', lambda: gg().throw(KeyError(), 1))
show('throw non-exception class', lambda: gg().throw(int))
show('throw weird', lambda: gg().throw(Weird))
show('throw tuple value', lambda: gg().throw(KeyError, (1, 2)))
show('throw instance value', lambda: gg().throw(KeyError, KeyError(3)))
show('throw subclass instance', lambda: gg().throw(Exception, KeyError(3)))
show('throw other instance', lambda: gg().throw(KeyError, Exception(3)))
show('throw None value', lambda: gg().throw(KeyError, None))
show('name', lambda: setattr(gg(), '__name__', 5))
show('qualname', lambda: setattr(gg(), '__qualname__', None))
g = gg()
g.__name__ = 'renamed'
g.__qualname__ = 'Q.renamed'
print(g.__name__, g.__qualname__, gg.__name__)
g.close()
