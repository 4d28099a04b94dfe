# list mutation during iteration, equality and identity of copies.
a = [1, 2, 3, 4]
for x in a:
    if x == 2:
        a.remove(x)
print(a)
b = [1, 2, 3]
out = []
for x in b:
    out.append(x)
    if len(b) < 6:
        b.append(x * 10)
print(out, b)
c = [1, 2, 3]
d = c[:]
e = list(c)
d.append(4)
print(c, d, e, c is e, c == e)
m = [[1], [2]]
shallow = m.copy()
shallow[0].append(9)
print(m, shallow)
print([1, 2] == [1, 2.0], [1, [2]] == [1, [2]], [float('nan')] == [float('nan')])
n = float('nan')
print([n] == [n], n in [n], [n].count(n), [n].index(n))
