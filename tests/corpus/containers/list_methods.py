# list methods and their errors.
a = [3, 1, 4, 1, 5]
a.append(9); print(a)
a.extend([2, 6]); print(a)
a.extend('ab'); print(a)
a.insert(0, 'first'); a.insert(100, 'last'); a.insert(-1, 'before-last'); a.insert(-100, 'very-first'); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a)
print(a.index(1), a.index(5), a.count(1), a.count('zz'), a.index(9, 2), a.index(6, -3))
b = a.copy(); b.reverse(); print(b, a == b[::-1])
a.clear(); print(a, b)
for call in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2].index(1, 1),
             lambda: [].insert('a', 1), lambda: [].extend(5), lambda: [].append(), lambda: [].append(1, 2), lambda: [1].pop('x'),
             lambda: [].count(), lambda: [].sort(1), lambda: [].index()]:
    try:
        print(call())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
x = [1, 2]
x.extend(x); print(x)
x.append(x); print(x, len(x))
y = list(range(10))
y[2:5] = ['a']; print(y)
y[::3] = [0, 0, 0]; print(y)
del y[1::2]; print(y)
y[len(y):] = [7, 8]; print(y)
try:
    y[::2] = [1]
except ValueError as e:
    print('ValueError', e)
try:
    y[0:1:-1] = 5
except TypeError as e:
    print('TypeError', e)
