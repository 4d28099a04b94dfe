# except* handling part of a group; the unhandled rest propagates as a group traceback.
def task(n):
    if n % 2:
        raise ValueError('odd task %d' % n)
    raise TypeError('even task %d' % n)
errors = []
for n in range(3):
    try:
        task(n)
    except Exception as e:
        errors.append(e)
try:
    raise ExceptionGroup('tasks', errors)
except* ValueError as g:
    print('handled', [str(e) for e in g.exceptions])
