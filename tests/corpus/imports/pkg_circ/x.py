from . import y
def fx():
    return 'fx calls ' + y.fy_name()
def name():
    return 'x'
