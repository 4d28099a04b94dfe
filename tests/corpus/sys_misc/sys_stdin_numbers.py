# A typical "read numbers from stdin" program.
import sys
data = sys.stdin.read().split()
nums = [int(x) for x in data]
print(len(nums), sum(nums), min(nums), max(nums), sorted(nums)[len(nums) // 2])
print(' '.join(str(n * n) for n in nums[:10]))
