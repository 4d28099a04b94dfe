# A memoryview's export ends when it is released, deleted or collected in a cycle (its
# bytearray may then resize again); memoryviews are tracked by the cycle collector.
import gc, weakref
class BA(bytearray):
    pass
b = BA(b'abc')
b.view = memoryview(b)
r = weakref.ref(b)
try:
    b.append(1)
except BufferError as e:
    print('BufferError', e)
del b
gc.collect()
print(r() is None, gc.is_tracked(memoryview(b'')))
ba = bytearray(b'xyz')
m = memoryview(ba)
w = weakref.ref(m)
del m
print(w() is None)
ba.append(1)
print(ba)
