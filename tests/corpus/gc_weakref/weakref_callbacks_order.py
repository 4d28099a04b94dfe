# Several weakref callbacks fire in reverse order of registration when the object dies.
import weakref
class T:
    pass
t = T()
refs = [weakref.ref(t, lambda r, i=i: print('callback', i)) for i in range(3)]
print('count', weakref.getweakrefcount(t))
del t
print('after del')
u = T()
keep = weakref.ref(u, lambda r: print('callback whose ref was dropped'))
del keep
del u
print('callbacks of dead weakrefs do not run')
class WithDel:
    def __del__(self):
        print('__del__ runs before weakref callbacks')
w = WithDel()
wr = weakref.ref(w, lambda r: print('weakref callback'))
del w
