# __doc__ of builtin types, their methods, slot wrappers and descriptors, and builtin
# functions, as CPython 3.11 has them (first line of each; missing members are skipped).
import builtins
import gc
import math
import sys
import time

def first(doc):
    return doc.splitlines()[0] if isinstance(doc, str) and doc else doc

types_ = [int, float, complex, str, list, tuple, dict, set, frozenset, bool,
          object, type, range, slice, property, classmethod, staticmethod, super, enumerate,
          zip, map, filter, reversed, ValueError, KeyError, StopIteration, BaseException,
          type(None), type(NotImplemented), type(...)]
for t in types_:
    print(t.__name__, '|', first(t.__doc__))
    for name in ['__add__', '__eq__', '__len__', '__iter__', '__lt__', '__call__', '__bool__',
                 'append', 'split', 'join', 'get', 'keys', 'items', 'fromkeys', 'count', 'index',
                 'bit_length', 'to_bytes', 'from_bytes', 'is_integer', 'hex', 'fromhex', 'real',
                 'imag', 'conjugate', 'add', 'union', 'copy', 'mro', 'start', 'stop', 'args',
                 'with_traceback', 'value', 'format', 'startswith', 'decode', 'encode']:
        v = getattr(t, name, None)
        if v is not None and name in vars(t):
            print('   ', name, '|', first(getattr(v, '__doc__', None)))
for f in [len, print, abs, isinstance, getattr, repr, sorted, iter, next, max, min, sum, hash, id]:
    print(f.__name__, '|', first(f.__doc__))
print([].append.__doc__, (5).__add__.__doc__, 'x'.upper.__doc__, {}.get.__doc__)
class Plain:
    pass
class Documented:
    """A class docstring."""
    def method(self):
        """A method docstring."""
print(Plain.__doc__, Documented.__doc__, Documented.method.__doc__, Documented().method.__doc__)
for m in [math, time, gc, sys]:
    print(m.__name__, '|', first(m.__doc__))
print(math.sqrt.__doc__, '|', first(math.hypot.__doc__), '|', first(time.sleep.__doc__), '|', first(gc.collect.__doc__))
print(first(sys.exit.__doc__), '|', first(time.strftime.__doc__), '|', first(math.fsum.__doc__))
