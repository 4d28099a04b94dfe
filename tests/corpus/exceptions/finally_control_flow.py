# return/break/continue inside finally override or swallow exceptions.
def return_in_finally():
    try:
        raise ValueError('lost')
    finally:
        return 'finally return swallows exception'
print(return_in_finally())
def finally_overrides_return():
    try:
        return 'try'
    finally:
        return 'finally'
print(finally_overrides_return())
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return 'break swallowed KeyError at i=%d' % i
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def return_value_evaluated_before_finally():
    x = ['before']
    try:
        return x
    finally:
        x.append('mutated in finally')
print(return_value_evaluated_before_finally())
def nested_finally():
    log = []
    try:
        try:
            try:
                raise IndexError
            finally:
                log.append('inner finally')
        finally:
            log.append('middle finally')
    except IndexError:
        log.append('caught')
    finally:
        log.append('outer finally')
    return log
print(nested_finally())
def exception_in_finally():
    try:
        try:
            raise ValueError('original')
        finally:
            raise TypeError('from finally')
    except TypeError as e:
        return 'got %r with context %r' % (e, e.__context__)
print(exception_in_finally())
def finally_in_loop_with_return():
    count = 0
    while True:
        try:
            count += 1
            if count == 3:
                return count
        finally:
            print('  loop finally', count)
print(finally_in_loop_with_return())
def gen_count():
    for i in range(3):
        try:
            yield i
        finally:
            print('  gen finally', i)
print(list(gen_count()))
