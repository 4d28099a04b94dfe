# Exceptions raised by __repr__/__str__/__format__ while printing containers, f-strings, format(), %, str.join.
class BadRepr:
    def __repr__(self):
        raise ValueError('repr failed')
class BadStr:
    def __str__(self):
        raise TypeError('str failed')
    def __repr__(self):
        return 'BadStr()'
class BadFormat:
    def __format__(self, spec):
        raise LookupError('format failed: ' + spec)
class ReprNotStr:
    def __repr__(self):
        return 42
class StrNotStr:
    def __str__(self):
        return None
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', r)
run('repr', lambda: repr(BadRepr()))
run('list repr', lambda: repr([1, BadRepr()]))
run('dict repr', lambda: str({'k': BadRepr()}))
run('tuple str', lambda: str((BadRepr(),)))
run('set repr', lambda: repr({BadRepr()}))
run('print list', lambda: print([BadRepr()]))
run('str', lambda: str(BadStr()))
run('print obj', lambda: print(BadStr()))
run('str of list uses repr', lambda: str([BadStr()]))
run('fstring', lambda: f'{BadStr()}')
run('fstring !r', lambda: f'{BadStr()!r}')
run('fstring repr bad', lambda: f'{BadRepr()!r}')
run('format', lambda: format(BadFormat(), 'spec'))
run('fstring format', lambda: f'{BadFormat():>10}')
run('str.format', lambda: '{:x}'.format(BadFormat()))
run('percent s', lambda: '%s' % BadStr())
run('percent r', lambda: '%r' % BadRepr())
run('join', lambda: ''.join([BadStr()]))
run('repr not str', lambda: repr(ReprNotStr()))
run('str not str', lambda: str(StrNotStr()))
run('list repr not str', lambda: repr([ReprNotStr()]))
run('exception with bad repr arg', lambda: repr(ValueError(BadRepr())))
run('exception with bad str arg', lambda: str(ValueError(BadStr())))
run('exception str of two args', lambda: str(ValueError(BadRepr(), 1)))
run('print sep bad', lambda: print('a', 'b', sep=5))
run('print end bad', lambda: print('a', end=[]))
run('print file bad', lambda: print('a', file=5))
