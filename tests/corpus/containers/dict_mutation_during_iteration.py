# RuntimeError when a dict or set changes size during iteration; allowed value changes.
d = {'a': 1, 'b': 2, 'c': 3}
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print('RuntimeError', e)
print(sorted(d))
d = {'a': 1, 'b': 2}
for k in d:
    d[k] = d[k] * 10
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print('RuntimeError', e)
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError', e)
d = {'x': 1, 'y': 2}
try:
    for v in d.values():
        d.pop('x', None)
except RuntimeError as e:
    print('RuntimeError', e)
d = {'p': 1}
for k in list(d):
    d[k * 2] = 2
print(d)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
        d[k + 10] = k
except RuntimeError as e:
    print('RuntimeError', e, d)
