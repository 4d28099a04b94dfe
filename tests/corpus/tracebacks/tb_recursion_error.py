# Uncaught RecursionError: repeated frames are collapsed in the traceback.
def recurse(n):
    return recurse(n + 1) + 1
recurse(0)
