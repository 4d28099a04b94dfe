# Exception group traceback with nested groups.
def fail(n):
    raise ValueError('task %d failed' % n)
errors = []
for i in range(3):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
inner = ExceptionGroup('inner group', [TypeError('bad type'), errors[2]])
raise ExceptionGroup('several failures', [errors[0], errors[1], inner])
