# return inside loops, loop-else interplay, and finally on return from a loop.
def find(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            return i
    else:
        return -1
print(find('abc', 'b'), find('abc', 'z'), find([], 1))
def first_even(nums):
    i = 0
    while i < len(nums):
        if nums[i] % 2 == 0:
            return nums[i]
        i += 1
    else:
        return None
print(first_even([1, 3, 4, 5]), first_even([1, 3]))
def with_finally():
    for i in range(5):
        try:
            if i == 2:
                return 'returned at %d' % i
        finally:
            print('cleanup', i)
print(with_finally())
def nested():
    for i in range(3):
        for j in range(3):
            if i + j == 3:
                return (i, j)
    return None
print(nested())
