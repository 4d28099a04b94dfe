print('pkg_a.mod1 running, __name__ =', __name__, '__package__ =', __package__)
def func1():
    return 'func1 from ' + __name__
