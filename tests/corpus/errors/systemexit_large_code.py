# sys.exit(258): the process status wraps to 258 & 0xff = 2.
import sys
print('large exit code')
raise SystemExit(258)
