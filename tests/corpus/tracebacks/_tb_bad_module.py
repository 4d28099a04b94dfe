# Support module that fails while being imported.
def helper():
    return {}['missing key']
helper()
