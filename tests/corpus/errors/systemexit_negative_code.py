# sys.exit(-1): the process status is -1 & 0xff = 255; atexit-free, stdout is flushed.
import sys
print('exiting with -1', end='')
sys.exit(-1)
