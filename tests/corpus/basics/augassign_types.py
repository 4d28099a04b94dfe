# Augmented assignment on various types, including in-place vs rebinding semantics.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = 'ab'
s *= 3
print(s)
n = 10
n /= 4
print(n)
d = {'x': 1}
d['x'] += 5
d.setdefault('y', []).append(1)
d['y'] += [2]
print(d)
class Box:
    def __init__(self):
        self.v = 1
        self.items = [0]
bx = Box()
bx.v += 10
bx.items += [1]
bx.items[0] -= 5
print(bx.v, bx.items)
st = {1, 2}
st |= {3}
st &= {1, 3, 4}
st ^= {9}
st -= {1}
print(sorted(st))
x = 5
x **= 2
x <<= 1
x >>= 3
x |= 8
x ^= 3
x &= 0xf
print(x)
lst = [1, 2, 3]
lst *= 2
print(lst)
try:
    t2 = (1,)
    t2[0] += 1
except TypeError as e:
    print('TypeError', e)
tl = ([1],)
try:
    tl[0] += [2]
except TypeError as e:
    print('TypeError', e, tl)
