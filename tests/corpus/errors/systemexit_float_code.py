# sys.exit(2.5): a non-int code is printed to stderr and the status is 1.
import sys
print('float code')
sys.exit(2.5)
