# SystemExit whose code is an arbitrary object: its str() goes to stderr and the status is 1.
class Status:
    def __str__(self):
        return 'custom status object'
import sys
print('exiting with object')
sys.stdout.flush()
sys.exit(Status())
