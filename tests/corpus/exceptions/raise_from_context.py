# __context__, __cause__, __suppress_context__ with raise ... from ... and implicit chaining.
def implicit():
    try:
        {}['missing']
    except KeyError:
        raise ValueError('while handling')
try:
    implicit()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
def explicit():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError('explicit') from z
try:
    explicit()
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__, e.__cause__ is e.__context__)
def from_none():
    try:
        int('x')
    except ValueError:
        raise LookupError('no context shown') from None
try:
    from_none()
except LookupError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise KeyError('k') from ValueError('cause created inline')
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__context__)
try:
    raise TypeError('t') from IndexError
except TypeError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__)
try:
    raise ValueError from 5
except TypeError as e:
    print('TypeError', e)
e = ValueError('manual')
e.__cause__ = KeyError('set by hand')
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = False
print(e.__suppress_context__)
try:
    e.__cause__ = 'not an exception'
except TypeError as err:
    print('TypeError', err)
def chain3():
    try:
        try:
            raise A1('a')
        except A1:
            raise A2('b')
    except A2:
        raise A3('c')
class A1(Exception): pass
class A2(Exception): pass
class A3(Exception): pass
try:
    chain3()
except A3 as e:
    c = e
    names = []
    while c is not None:
        names.append(repr(c))
        c = c.__context__
    print(names)
try:
    try:
        raise ValueError('inner')
    except ValueError as inner:
        raise inner
except ValueError as e:
    print('re-raise same object, context is None:', e.__context__)
