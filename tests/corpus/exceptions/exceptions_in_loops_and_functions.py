# Exceptions propagating through several frames, caught at different levels, and cleanup order.
log = []
def level3(n):
    log.append('enter3')
    try:
        if n == 0:
            raise ValueError('bottom')
        return 'ok'
    finally:
        log.append('finally3')
def level2(n):
    log.append('enter2')
    try:
        return level3(n)
    except KeyError:
        log.append('never')
    finally:
        log.append('finally2')
def level1(n):
    try:
        return level2(n)
    except ValueError as e:
        log.append('caught1 %s' % e)
        return 'handled'
print(level1(1), log)
log.clear()
print(level1(0), log)
results = []
for v in ['1', 'x', '3', None, '5']:
    try:
        results.append(int(v))
    except ValueError:
        results.append('bad')
        continue
    except TypeError:
        results.append('none')
        break
    finally:
        results.append('f')
print(results)
def retry(times):
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < times:
                raise ConnectionError('attempt %d' % attempts)
            return 'succeeded after %d' % attempts
        except ConnectionError as e:
            print('retrying after', e)
print(retry(3))
