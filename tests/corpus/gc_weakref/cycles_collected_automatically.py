# Garbage cycles made in a loop are collected by the automatic collector (no gc.collect()):
# the number of live tracked objects stays bounded; finalizers in cycles run.
import gc

class Node:
    def __init__(self):
        self.other = None
        self.data = [0] * 10

def churn(n):
    keep = []
    for i in range(n):
        a = Node()
        b = Node()
        a.other = b
        b.other = a
        if i % 1000 == 0:
            keep.append(a)
    return len(keep)

for r in range(5):
    churn(10000)
print(len(gc.get_objects()) < 20000)

class D:
    n = 0
    def __del__(self):
        D.n += 1

for i in range(5000):
    x = D()
    y = [x]
    x.y = y
print(D.n > 4000, gc.collect() >= 0, D.n)
