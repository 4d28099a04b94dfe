# Output written to both streams before an uncaught exception.
import sys
print('to stdout 1')
sys.stderr.write('to stderr 1\n')
print('to stdout 2', file=sys.stderr)
print('to stdout 3')
raise OSError(5, 'Input/output error')
