# With no .stdin file, stdin is empty (/dev/null): input() raises EOFError, read() returns ''.
import sys
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), list(sys.stdin))
try:
    input('prompt> ')
except EOFError as e:
    print()
    print('EOFError', e)
