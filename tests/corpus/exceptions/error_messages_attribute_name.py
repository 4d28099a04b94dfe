# AttributeError and NameError messages (the 'Did you mean' suggestions only appear in tracebacks).
class C:
    def __init__(self):
        self.value = 1
for obj, attr in [(1, 'foo'), ('s', 'foo'), ([], 'push'), ({}, 'has_key'), (None, 'x'), (C(), 'valeu'), (C, 'nothing'),
                  (int, 'nothing'), (len, 'x'), (type, 'x'), (object(), 'a'), (True, 'x'), (1.5, 'x'), (print, '__nope__')]:
    try:
        getattr(obj, attr)
    except AttributeError as e:
        print('AttributeError:', e, '| name=%r' % e.name, '| obj type=%s' % type(e.obj).__name__)
try:
    C().valeu
except AttributeError as e:
    print(repr(e), e.name)
try:
    undefined_thing
except NameError as e:
    print(repr(e), e.name)
def f():
    return also_undefined
try:
    f()
except NameError as e:
    print(repr(e), e.name)
def g():
    print(local_later)
    local_later = 1
try:
    g()
except UnboundLocalError as e:
    print(repr(e), isinstance(e, NameError))
def h():
    x = 1
    def inner():
        return x
    del x
    return inner()
try:
    h()
except NameError as e:
    print(type(e).__name__, e)
class Slots:
    __slots__ = ('a',)
try:
    Slots().a
except AttributeError as e:
    print('AttributeError:', e)
try:
    (1).real = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    'x'.upper = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    int.foo = 1
except TypeError as e:
    print('TypeError:', e)
try:
    del int.real
except TypeError as e:
    print('TypeError:', e)
import sys
try:
    sys.nonexistent_attribute
except AttributeError as e:
    print('AttributeError:', e)
