# Support module for modules/module_spec: the directory of a file path, without os.
def here(path):
    return path.rpartition('/')[0]
