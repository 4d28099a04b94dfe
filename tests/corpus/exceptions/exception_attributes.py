# args, str/repr of exceptions with zero, one and several arguments, with_traceback, add_note.
for exc in [Exception(), Exception('one'), Exception('a', 2), Exception(None), ValueError(''), KeyError('key'), KeyError(),
            KeyError('a', 'b'), OSError(2, 'No such file'), UnicodeError('u'), StopIteration(5), SystemExit(3), SystemExit()]:
    print(type(exc).__name__, exc.args, repr(exc), repr(str(exc)))
e = ValueError('x')
e.args = ('replaced', 1)
print(e, repr(e))
e.custom = 'attribute'
print(e.custom, e.__dict__)
print(StopIteration(7).value, StopIteration().value, SystemExit(4).code, SystemExit().code, SystemExit('msg').code, SystemExit(1, 2).code)
n = Exception('noted')
n.add_note('first note')
n.add_note('second note')
print(n.__notes__, str(n))
try:
    n.add_note(5)
except TypeError as err:
    print('TypeError', err)
ki = KeyboardInterrupt()
print(isinstance(ki, Exception), isinstance(ki, BaseException))
print(NameError('n', name='x').name, AttributeError('a', name='attr', obj=5).obj, ImportError('m', name='mod', path='/p').path)
print(StopAsyncIteration('v').args, OSError(2, 'msg').errno, OSError(2, 'msg').strerror, OSError('just one').errno)
print(str(OSError(2, 'msg', 'file.txt')), repr(FileNotFoundError(2, 'nf')), type(OSError(2, 'x')).__name__)
e2 = Exception('tb')
print(e2.__traceback__, e2.with_traceback(None) is e2)
