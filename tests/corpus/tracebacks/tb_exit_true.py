# sys.exit(True) gives status 1; sys.exit(False) would be 0.
import sys
sys.stdout.write('bool exit\n')
sys.exit(True)
