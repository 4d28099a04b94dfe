# SystemExit with None code exits 0; handled SystemExit can be caught and re-raised with another code.
import sys
try:
    sys.exit()
except SystemExit as e:
    print('caught', repr(e), e.code)
try:
    sys.exit(None)
except SystemExit as e:
    print('caught None code', e.code)
try:
    raise SystemExit(2, 'extra')
except SystemExit as e:
    print('tuple code', e.code, e.args)
print('exiting with 42 from nested function')
def deep():
    sys.exit(42)
deep()
