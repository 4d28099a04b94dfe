# sys.stdout.buffer / sys.stderr.buffer: binary writes, return values, errors, and how
# they interleave with unflushed text (text waits in the text layer until flushed).
import sys
out = sys.stdout.buffer
print(type(out).__name__, type(out).__module__, out.writable(), out.readable(), out.name, out.mode, out.closed)
print('text before, unflushed')
print(out.write(b'bytes written while text is pending\n'))
sys.stdout.flush()
out.write(bytearray(b'bytearray\n'))
out.flush()
print('text after an explicit flush')
sys.stdout.flush()
for bad in ['str', 5, None]:
    try:
        out.write(bad)
    except TypeError as e:
        print('TypeError', e)
sys.stderr.buffer.write(b'raw stderr bytes\n')
sys.stderr.write('stderr text\n')
sys.stderr.buffer.write(b'more raw stderr\n')
sys.stderr.buffer.flush()
print(sys.stdout.buffer is sys.stdout.buffer, sys.__stdout__.buffer is out)
out.write(b'pending bytes at exit\n')
print('pending text at exit')
