# gc.collect() return counts for simple reference cycles (collector disabled to make counts exact).
import gc
gc.disable()
gc.collect()
print('nothing to collect:', gc.collect())
l = []
l.append(l)
del l
print('self-referencing list:', gc.collect())
a, b = [], []
a.append(b)
b.append(a)
del a, b
print('two lists:', gc.collect())
d = {}
d['self'] = d
del d
print('self-referencing dict:', gc.collect())
class Node:
    pass
n1, n2 = Node(), Node()
n1.other = n2
n2.other = n1
del n1, n2
print('two instances in a cycle:', gc.collect())
class Slotted:
    __slots__ = ('ref',)
s1, s2 = Slotted(), Slotted()
s1.ref, s2.ref = s2, s1
del s1, s2
print('two slotted instances:', gc.collect())
ring = [[] for _ in range(5)]
for i in range(5):
    ring[i].append(ring[(i + 1) % 5])
del ring
print('ring of five lists plus the outer list:', gc.collect())
print('again:', gc.collect())
gc.enable()
print(gc.isenabled())
