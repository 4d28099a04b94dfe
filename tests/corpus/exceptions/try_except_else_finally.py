# All combinations of try/except/else/finally and the order their blocks run in.
def run(raise_exc, catch):
    log = []
    try:
        try:
            log.append('try')
            if raise_exc:
                raise raise_exc('boom')
            log.append('try-end')
        except catch as e:
            log.append('except %s' % type(e).__name__)
        else:
            log.append('else')
        finally:
            log.append('finally')
        log.append('after')
    except Exception as e:
        log.append('outer caught %s' % type(e).__name__)
    return log
print(run(None, ValueError))
print(run(ValueError, ValueError))
print(run(KeyError, LookupError))
print(run(TypeError, ValueError))
print(run(IndexError, (KeyError, IndexError)))
def only_finally():
    try:
        return 'from try'
    finally:
        print('finally runs before return')
print(only_finally())
def bare_except():
    try:
        1 / 0
    except:
        return 'bare except caught'
print(bare_except())
def multiple_handlers(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return 'zde'
    except ArithmeticError:
        return 'arith'
    except (KeyError, IndexError) as e:
        return 'lookup %r' % e
    except Exception:
        return 'exception'
for exc in [ZeroDivisionError, OverflowError, KeyError('k'), IndexError(1), ValueError]:
    print(multiple_handlers(exc))
def exception_var_deleted():
    try:
        raise ValueError('v')
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return 'UnboundLocalError: ' + str(e)
print(exception_var_deleted())
def else_raises():
    try:
        try:
            pass
        except ValueError:
            return 'not here'
        else:
            raise KeyError('from else')
    except KeyError as e:
        return 'else exception escapes its try: %r' % e
print(else_raises())
