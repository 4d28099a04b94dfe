# String indexing and slicing, including negative steps and out-of-range bounds.
s = 'abcdefghij'
print(s[0], s[-1], s[3], s[-3])
for start in [None, 0, 2, -3, 20, -20]:
    for stop in [None, 0, 5, -2, 20, -20]:
        for step in [None, 1, 2, -1, -3]:
            print(repr(start), repr(stop), repr(step), repr(s[start:stop:step]))
print(s[::-1], s[::2], s[1::2], s[::-2], s[5:2:-1], s[-1:-4:-1], s[:], s[100:], repr(s[3:1]))
try:
    s[10]
except IndexError as e:
    print('IndexError', e)
try:
    s[-11]
except IndexError as e:
    print('IndexError', e)
try:
    s[::0]
except ValueError as e:
    print('ValueError', e)
try:
    s['a']
except TypeError as e:
    print('TypeError', e)
try:
    s[1.0]
except TypeError as e:
    print('TypeError', e)
try:
    s[0] = 'x'
except TypeError as e:
    print('TypeError', e)
try:
    del s[0]
except TypeError as e:
    print('TypeError', e)
print(s[slice(2, 8, 3)], s[slice(None)], s[True], s[2 ** 70:] == '', s[-2 ** 70:3])
u = 'héllo wörld 😀'
print(u[1], u[-1], u[::-1], len(u), u[7:9])
