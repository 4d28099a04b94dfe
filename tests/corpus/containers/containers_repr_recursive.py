# Recursive containers print with ... and nested reprs.
a = [1]
a.append(a)
d = {'k': 1}
d['self'] = d
print(a, d, repr(a), str(d))
b = [a, d]
print(b)
t = ([],)
t[0].append(t)
print(t)
e = {}
f = {'e': e}
e['f'] = f
print(e, f)
s = [[]] * 3
print(s, s[0] is s[1])
