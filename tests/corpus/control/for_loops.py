# for loops over many iterables, else clauses, break/continue, loop variable after loop.
for i in range(3):
    print('i', i)
print('after loop i =', i)
for ch in 'ab':
    print(ch)
for k, v in {'x': 1, 'y': 2}.items():
    print(k, v)
for idx, val in enumerate(['a', 'b', 'c'], start=10):
    print(idx, val)
for a, b in zip([1, 2, 3], 'xyz'):
    print(a, b)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print('prime', n)
for x in []:
    print('never')
else:
    print('empty for-else runs')
for x in [1, 2, 3]:
    if x == 2:
        continue
    print('x', x)
else:
    print('else after continue')
total = 0
for i in range(10):
    if i == 7:
        break
    total += i
else:
    total = -1
print('total', total)
lst = [1, 2, 3]
for item in lst:
    lst[0] = 'changed'
print(lst)
for i in range(3):
    pass
for i in range(0):
    pass
print(i)
for [a, (b, c)] in [(1, (2, 3))]:
    print(a, b, c)
d = {}
for d['key'] in 'pq':
    pass
print(d)
