# Objects with __del__ in cycles are finalised by gc.collect() (PEP 442), each finaliser once.
import gc
gc.disable()
gc.collect()
log = []
class Fin:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)
a, b = Fin('a'), Fin('b')
a.peer, b.peer = b, a
del a, b
print('before collect:', log)
gc.collect()
print('after collect:', sorted(log))
class Resurrect:
    saved = None
    def __del__(self):
        print('resurrecting')
        Resurrect.saved = self
r = Resurrect()
r.me = r
del r
gc.collect()
print('resurrected object alive:', Resurrect.saved is not None)
Resurrect.saved.me = None
Resurrect.saved = None
gc.collect()
print('second release does not call __del__ again')
print('end')
