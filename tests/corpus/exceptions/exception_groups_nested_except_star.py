# except* with nested groups, multiple matching clauses, and leftover re-raise structure.
def describe(e, indent=0):
    pad = ' ' * indent
    if isinstance(e, BaseExceptionGroup):
        print(pad + '%s(%r)' % (type(e).__name__, e.message))
        for sub in e.exceptions:
            describe(sub, indent + 2)
    else:
        print(pad + repr(e))
eg = ExceptionGroup('top', [ValueError('v'), ExceptionGroup('mid', [TypeError('t'), ValueError('v2'), KeyError('k')]), OSError('o')])
try:
    try:
        raise eg
    except* ValueError as g:
        print('ValueError handler:')
        describe(g, 2)
    except* TypeError as g:
        print('TypeError handler:')
        describe(g, 2)
except BaseExceptionGroup as rest:
    print('left over:')
    describe(rest, 2)
try:
    raise ExceptionGroup('only matching', [ValueError(1), ValueError(2)])
except* ValueError as g:
    print('all matched', [repr(x) for x in g.exceptions])
try:
    try:
        raise ExceptionGroup('g', [TypeError('a')])
    except* TypeError:
        raise ValueError('raised in except*')
except Exception as e:
    describe(e)
    print(repr(e.__context__))
