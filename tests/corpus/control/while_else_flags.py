# Search loops with else clauses versus flags, and loops that mutate their condition.
def find_pair(nums, target):
    i = 0
    while i < len(nums):
        j = i + 1
        while j < len(nums):
            if nums[i] + nums[j] == target:
                break
            j += 1
        else:
            i += 1
            continue
        return (nums[i], nums[j])
    else:
        return None
print(find_pair([1, 4, 6, 9], 10), find_pair([1, 2], 10), find_pair([], 1))
queue = [1]
seen = []
while queue:
    n = queue.pop(0)
    seen.append(n)
    if n < 20:
        queue.extend([n * 2, n * 3])
print(seen)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print('collatz steps', steps)
