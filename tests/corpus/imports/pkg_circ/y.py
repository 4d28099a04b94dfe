from . import x
def fy_name():
    return 'y, which knows ' + x.name()
