# sys.argv with extra arguments from the .args file.
import sys
print(sys.argv[0], len(sys.argv))
for i, a in enumerate(sys.argv[1:], 1):
    print(i, repr(a))
