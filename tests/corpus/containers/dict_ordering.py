# Insertion order preserved; re-insert after delete goes last; update keeps position.
d = {}
for key in ['z', 'a', 'm', 'b']:
    d[key] = len(d)
print(list(d))
d['a'] = 100
print(list(d.items()))
del d['z']
d['z'] = -1
print(list(d.items()))
d.update({'m': 0, 'new': 1})
print(list(d))
print(dict.fromkeys('hello'), list(dict.fromkeys([3, 1, 3, 2, 1])))
e = {1: 'a', 2: 'b'}
f = {2: 'b', 1: 'a'}
print(e == f, list(e) == list(f))
print({**e, **{0: 'z'}}, {**f, 1: 'override'}, e | f, f | e)
e |= {3: 'c'}
print(e)
pi = {}
pi.setdefault('x', 1); pi.setdefault('y', 2); pi.setdefault('x', 3)
print(pi, pi.popitem(), pi)
many = {i: i * i for i in range(20)}
for i in range(0, 20, 2):
    del many[i]
many[0] = 'back'
print(list(many.items()))
