# RecursionError from unbounded recursion; recovery afterwards; recursion limits.
import sys
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print('RecursionError', e)
print('recovered', sum(range(10)))
class Loop:
    def __getattr__(self, name):
        return getattr(self, name + 'x')
try:
    Loop().a
except RecursionError as e:
    print('RecursionError', e)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print('RecursionError', e)
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RecursionError as e:
    print('RecursionError', e)
old = sys.getrecursionlimit()
sys.setrecursionlimit(100)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print('depth below 100:', d < 100, d > 50)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError', e)
l = []
for _ in range(100000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print('RecursionError', e)
