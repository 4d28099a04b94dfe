# Reading stdin: sys.stdin.readline, iteration, read of the rest.
import sys
first = sys.stdin.readline()
print(repr(first))
second = sys.stdin.readline()
print(repr(second))
count = 0
for line in sys.stdin:
    count += 1
    print(count, repr(line))
    if count == 2:
        break
rest = sys.stdin.read()
print(repr(rest))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
