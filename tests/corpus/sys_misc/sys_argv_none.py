# sys.argv without extra arguments.
import sys
print(sys.argv, type(sys.argv).__name__)
sys.argv.append('mutable')
print(sys.argv)
