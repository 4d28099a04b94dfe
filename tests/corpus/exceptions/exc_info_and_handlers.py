# sys.exc_info() inside and outside handlers, nested handlers restore the previous exception.
import sys
print(sys.exc_info())
try:
    raise ValueError('first')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, tb.tb_lineno if tb else None)
    try:
        raise KeyError('second')
    except KeyError:
        print('inner', repr(sys.exc_info()[1]), repr(sys.exception()) if hasattr(sys, 'exception') else 'no sys.exception')
    print('restored', repr(sys.exc_info()[1]))
print('after', sys.exc_info())
def reraise():
    try:
        raise TypeError('to re-raise')
    except TypeError:
        raise
try:
    reraise()
except TypeError as e:
    print('re-raised', repr(e))
try:
    raise
except RuntimeError as e:
    print('RuntimeError', e)
def handler_calls_function():
    try:
        raise IndexError('active')
    except IndexError:
        return peek()
def peek():
    return repr(sys.exc_info()[1])
print(handler_calls_function())
def bare_raise_in_nested_function():
    try:
        raise OSError('outer active')
    except OSError:
        def inner():
            raise
        try:
            inner()
        except OSError as e:
            return 'inner bare raise re-raised: %r' % e
print(bare_raise_in_nested_function())
