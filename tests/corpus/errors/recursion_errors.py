# RecursionError from plain recursion, mutual recursion, __repr__ recursion, recursive containers, and recovery afterwards.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

import sys
sys.setrecursionlimit(200)
def down(n):
    return down(n + 1)
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
class Loop:
    def __repr__(self):
        return 'Loop(%r)' % self
class AttrLoop:
    def __getattr__(self, name):
        return self.other
class Deep:
    def __init__(self, n):
        self.child = Deep(n + 1) if n < 10000 else None
run('down', lambda: down(0))
run('ping-pong', lambda: ping(0))
run('repr loop', lambda: repr(Loop()))
run('getattr loop', lambda: AttrLoop().x)
run('deep init', lambda: Deep(0))
lst = [1]
lst.append(lst)
d = {'k': 1}
d['self'] = d
print(lst, d, repr(lst), str(d))
t = [lst, d]
print(t)
run('recursive eq', lambda: lst == lst)
nested = []
cur = nested
for _ in range(1000):
    nxt = []
    cur.append(nxt)
    cur = nxt
run('deep nested repr', lambda: len(repr(nested)))
run('deep nested eq', lambda: nested == nested[:])
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print('recovered depth positive', depth(0) > 50)
print('after recovery', down.__name__, sum(range(10)))
def gen_rec(n):
    yield from gen_rec(n + 1)
run('generator recursion', lambda: next(gen_rec(0)))
print(sys.getrecursionlimit())
run('setrecursionlimit zero', lambda: sys.setrecursionlimit(0))
run('setrecursionlimit str', lambda: sys.setrecursionlimit('x'))
