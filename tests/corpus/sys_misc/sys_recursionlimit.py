# sys.getrecursionlimit/setrecursionlimit and their errors.
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth() > 1500)
sys.setrecursionlimit(1000)
for bad in [0, -5, 'x', 1.5]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sys.getrecursionlimit())
