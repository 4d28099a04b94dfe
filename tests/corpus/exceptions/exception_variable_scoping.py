# The 'as' target is deleted after the except block, even if it shadowed an existing name.
e = 'existing value'
try:
    raise ValueError('x')
except ValueError as e:
    print('inside', repr(e))
try:
    print(e)
except NameError as err:
    print('NameError', err)
def f():
    err = 'local'
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    return 'err' in locals()
print(f())
saved = None
try:
    raise KeyError('keep')
except KeyError as ex:
    saved = ex
print(repr(saved), saved.__traceback__ is not None)
