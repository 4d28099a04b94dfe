# Hand-written suppress/closing-style context managers and truthiness of __exit__ results.
class suppress:
    def __init__(self, *excs):
        self.excs = excs
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.excs)
with suppress(KeyError, IndexError):
    [][1]
print('index error suppressed')
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print('ZeroDivisionError not suppressed')
class TruthyExit:
    def __init__(self, ret):
        self.ret = ret
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return self.ret
for ret in [1, 'yes', [], 0, None, [0]]:
    try:
        with TruthyExit(ret):
            raise ValueError
        print(repr(ret), 'suppressed')
    except ValueError:
        print(repr(ret), 'propagated')
class Resource:
    def __init__(self):
        self.closed = False
    def close(self):
        self.closed = True
        print('closed')
class closing:
    def __init__(self, thing):
        self.thing = thing
    def __enter__(self):
        return self.thing
    def __exit__(self, *a):
        self.thing.close()
r = Resource()
with closing(r) as res:
    print('using', res.closed)
print(r.closed)
class Tx:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append('begin')
        return self
    def __exit__(self, et, ev, tb):
        self.log.append('rollback' if et else 'commit')
        return False
t = Tx()
with t:
    pass
try:
    with t:
        raise RuntimeError('fail')
except RuntimeError:
    pass
print(t.log)
