# Starred targets in for-loops, nested targets, swaps and rotation idioms.
for first, *rest in [(1, 2, 3), 'ab', [4]]:
    print(first, rest)
for (a, b), *others in [((1, 2), 3, 4), ((5, 6),)]:
    print(a, b, others)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
lst = [1, 2, 3, 4, 5]
head, *lst = lst
*lst, tail = lst
print(head, lst, tail)
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
i = 0
arr = [10, 20, 30]
i, arr[i] = 1, 'set index 1?'
print(i, arr)
data = {'a': 1}
key, data[key] = 'b', 2 if False else ('b', 2)
print(key, data)
*a, = 'xyz'
print(a)
[b] = ['single']
(c,) = ('tuple single',)
print(b, c)
