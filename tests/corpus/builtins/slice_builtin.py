# slice() builtin objects applied to sequences.
s = slice(1, 5)
print(s, [0, 1, 2, 3, 4, 5, 6][s], 'abcdefg'[s], (1, 2, 3)[slice(None, None, -1)], range(10)[slice(2, 8, 2)])
print(slice(3), slice(1, 2, 3), slice(None, None, None), slice('a', [1], {}), slice(1, 2).start)
try:
    slice()
except TypeError as e:
    print('TypeError', e)
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print('TypeError', e)
try:
    [1, 2][slice('a', 'b')]
except TypeError as e:
    print('TypeError', e)
lst = list(range(10))
lst[slice(0, 10, 3)] = ['x'] * 4
print(lst)
del lst[slice(1, None, 2)]
print(lst)
