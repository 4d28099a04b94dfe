# __traceback__ chains: tb_next length, tb_lineno values, tb_frame.f_code names.
def a():
    b()
def b():
    c()
def c():
    raise ValueError('deep')
try:
    a()
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(frames)
def reraise():
    try:
        c()
    except ValueError as e:
        raise e
try:
    reraise()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
err = KeyError('fresh')
print(err.__traceback__)
try:
    raise err
except KeyError:
    pass
print(err.__traceback__ is not None, err.with_traceback(None).__traceback__)
