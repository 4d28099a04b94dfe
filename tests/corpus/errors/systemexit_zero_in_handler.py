# SystemExit(0) raised inside an except block replaces the handled error: status 0, no traceback.
import sys
try:
    {}['missing']
except KeyError as e:
    print('handling', repr(e))
    sys.exit(0)
print('not reached')
