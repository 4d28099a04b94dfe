# __mro__ of many builtin exceptions.
names = ['BaseException', 'Exception', 'ArithmeticError', 'ZeroDivisionError', 'OverflowError', 'FloatingPointError',
         'LookupError', 'KeyError', 'IndexError', 'ValueError', 'UnicodeError', 'UnicodeDecodeError', 'UnicodeEncodeError',
         'UnicodeTranslateError', 'TypeError', 'AttributeError', 'NameError', 'UnboundLocalError', 'RuntimeError',
         'RecursionError', 'NotImplementedError', 'StopIteration', 'StopAsyncIteration', 'GeneratorExit', 'SystemExit',
         'KeyboardInterrupt', 'ImportError', 'ModuleNotFoundError', 'OSError', 'FileNotFoundError', 'PermissionError',
         'TimeoutError', 'ConnectionError', 'BrokenPipeError', 'EOFError', 'AssertionError', 'BufferError', 'MemoryError',
         'ReferenceError', 'SyntaxError', 'IndentationError', 'TabError', 'SystemError', 'Warning', 'UserWarning',
         'DeprecationWarning', 'SyntaxWarning', 'RuntimeWarning', 'ExceptionGroup', 'BaseExceptionGroup', 'EncodingWarning']
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, [c.__name__ for c in cls.__mro__])
print(EnvironmentError is OSError, IOError is OSError)
