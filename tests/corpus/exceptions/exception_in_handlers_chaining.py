# Context chaining when exceptions occur in except, else and finally blocks and in nested handlers.
def show(e):
    chain = []
    while e is not None:
        chain.append('%s(%s)%s' % (type(e).__name__, e, ' [cause]' if e.__cause__ is not None else ''))
        e = e.__cause__ or e.__context__
    return ' <- '.join(chain)
def in_except():
    try:
        raise ValueError('a')
    except ValueError:
        raise TypeError('b')
def in_else():
    try:
        pass
    except Exception:
        pass
    else:
        raise KeyError('else')
def in_finally_during_exception():
    try:
        raise ValueError('try')
    finally:
        raise IndexError('finally')
def nested_handlers():
    try:
        raise ValueError('1')
    except ValueError:
        try:
            raise TypeError('2')
        except TypeError:
            raise KeyError('3')
def handled_then_raise():
    try:
        raise ValueError('handled')
    except ValueError:
        pass
    raise RuntimeError('after handled: no context')
def explicit_cause_chain():
    try:
        try:
            raise OSError('disk')
        except OSError as e:
            raise ValueError('parse') from e
    except ValueError as e:
        raise RuntimeError('top') from e
for fn in [in_except, in_else, in_finally_during_exception, nested_handlers, handled_then_raise, explicit_cause_chain]:
    try:
        fn()
    except Exception as e:
        print(fn.__name__ + ':', show(e))
