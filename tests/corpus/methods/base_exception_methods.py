# BaseException and subclasses: args with_traceback add_note __notes__ __cause__ __context__ __suppress_context__ __traceback__ __str__ __repr__ __reduce__ __setstate__; errors.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

for e in (Exception(), Exception('one'), Exception('a', 2), ValueError(None), KeyError('k'), KeyError('a', 'b'),
          OSError(2, 'nofile'), OSError(2, 'nofile', 'x.txt'), StopIteration(5), SystemExit(3), UnicodeError('u'),
          BaseException(['list']), AttributeError('msg'), KeyError(), IndexError(0)):
    print(type(e).__name__, e.args, repr(str(e)), repr(e), e.__reduce__()[1:], e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e = ValueError('bad')
print(e.add_note('note 1'), e.add_note('note 2'), e.__notes__, e.__dict__ if hasattr(e, '__dict__') else None)
e.args = ('changed', 1)
print(e.args, str(e), repr(e))
e.args = [5]
print(e.args, type(e.args).__name__, str(e))
e.custom = 'attr'
print(e.custom, sorted(e.__dict__))
try:
    raise e
except ValueError as caught:
    tb = caught.__traceback__
    print(caught is e, type(tb).__name__, tb.tb_lineno > 0, tb.tb_next)
e2 = KeyError('x')
print(e2.with_traceback(tb) is e2, e2.__traceback__ is tb, e2.with_traceback(None).__traceback__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError('wrapped') from z
except RuntimeError as r:
    print(type(r.__cause__).__name__, type(r.__context__).__name__, r.__suppress_context__)
    r.__cause__ = None
    r.__suppress_context__ = False
    print(r.__cause__, r.__suppress_context__)
x = Exception()
x.__context__ = ValueError('ctx')
x.__cause__ = TypeError('cause')
print(repr(x.__context__), repr(x.__cause__), x.__suppress_context__)
s = Exception()
s.__setstate__({'foo': 1, 'bar': 2})
print(s.foo, s.bar, s.__reduce__()[2] if len(s.__reduce__()) > 2 else None)
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
print(OSError(2, 'x').errno, OSError(2, 'x').strerror, OSError(2, 'x', 'f').filename, type(OSError(2, 'x')).__name__,
      type(OSError(13, 'denied')).__name__, KeyboardInterrupt.__mro__[1].__name__)
print(ImportError('m', name='mod', path='p').name, ImportError('m', name='mod').path, NameError('n', name='v').name, AttributeError('a', name='n', obj=1).obj)
print(BaseException.__new__(ValueError, 'raw').args, Exception.__init__(e, 'reinit'), e.args, ValueError.__str__(ValueError('q')))
print(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid').reason, UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid'))
print(e == e, e == ValueError('reinit'), e.__eq__(e), e.__hash__() == hash(e), e.__ne__(e), e.__lt__(e))
class MyErr(Exception):
    def __init__(self, code, text):
        super().__init__(code, text)
        self.code = code
    def __str__(self):
        return 'MyErr %s: %s' % self.args
m = MyErr(4, 'four')
print(m, repr(m), m.args, m.code, m.__reduce__()[1], m.__reduce__()[2])
run('add_note non-str', lambda: ValueError().add_note(5))
run('add_note no args', lambda: ValueError().add_note())
run('with_traceback bad', lambda: ValueError().with_traceback(5))
run('set traceback bad', lambda: setattr(ValueError(), '__traceback__', 5))
run('set cause bad', lambda: setattr(ValueError(), '__cause__', 5))
run('set context bad', lambda: setattr(ValueError(), '__context__', 'x'))
run('args not iterable', lambda: setattr(ValueError(), 'args', 5))
run('setstate bad', lambda: Exception().__setstate__(5))
run('notes bad type', lambda: exec('e = ValueError()\ne.__notes__ = 5\ne.add_note("x")'))
run('exception kw', lambda: Exception(x=1))
run('missing notes', lambda: ValueError().__notes__)
run('oserror bad errno', lambda: OSError('a', 'b').errno)
run('unicode error args', lambda: UnicodeDecodeError('x'))
