# Uncaught KeyboardInterrupt: traceback, then CPython kills itself with SIGINT (exit status -2 from subprocess).
print('raising KeyboardInterrupt')
raise KeyboardInterrupt
