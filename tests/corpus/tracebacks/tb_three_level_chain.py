# Chain of three exceptions mixing cause and context.
def a():
    raise ValueError('level 1')
def b():
    try:
        a()
    except ValueError as e:
        raise TypeError('level 2') from e
def c():
    try:
        b()
    except TypeError:
        raise KeyError('level 3')
c()
