# with statements: __enter__/__exit__ order, exception args to __exit__, suppression, multiple managers.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return 'value-' + self.name
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, repr(ev), tb is not None)
        return self.suppress
with CM('a') as v:
    print('body', v)
with CM('outer') as o, CM('inner') as i:
    print('body', o, i)
with CM('s', suppress=True):
    raise ValueError('suppressed')
print('after suppressed')
try:
    with CM('ns'):
        raise KeyError('propagates')
except KeyError as e:
    print('caught', repr(e))
try:
    with CM('first', suppress=True), CM('second'):
        raise IndexError('inner raises')
except IndexError:
    print('not reached: first suppresses')
print('continued')
def in_function():
    with CM('ret'):
        return 'returned from with'
print(in_function())
for n in range(3):
    with CM('loop%d' % n):
        if n == 1:
            continue
        if n == 2:
            break
class BadEnter:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        print('exit should not run')
try:
    with BadEnter():
        pass
except RuntimeError as e:
    print('RuntimeError', e)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError('exit raised')
try:
    with ExitRaises():
        raise ValueError('original')
except TypeError as e:
    print('TypeError', e, 'context', repr(e.__context__))
with CM('tuple-target') as (a, b, *c):
    pass
print(a, b, c)
