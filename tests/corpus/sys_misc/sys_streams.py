# sys.stdout.write/sys.stderr.write return values, print to both streams, flush.
import sys
n = sys.stdout.write('written to stdout\n')
print('write returned', n)
m = sys.stderr.write('written to stderr\n')
print('stderr write returned', m)
sys.stdout.write('no newline; ')
sys.stdout.write('then newline\n')
sys.stdout.flush()
sys.stderr.flush()
print('unicode ✓ ünï', file=sys.stdout)
print('unicode on stderr ✓', file=sys.stderr)
try:
    sys.stdout.write(5)
except TypeError as e:
    print('TypeError', e)
try:
    sys.stdout.write(b'bytes')
except TypeError as e:
    print('TypeError', e)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdout.writable(), sys.stdout.readable() if hasattr(sys.stdout, 'readable') else None)
sys.stdout.flush()
sys.stdout.buffer.write(b'raw bytes through buffer\n')
sys.stdout.buffer.flush()
print('after buffer write')
