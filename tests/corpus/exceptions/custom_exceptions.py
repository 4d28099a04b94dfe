# User-defined exception hierarchies, __init__ and __str__ overrides, catching by base class.
class AppError(Exception):
    """Base application error."""
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message
    def __str__(self):
        return '%s: %s' % (self.field, self.message)
class NotFound(AppError, LookupError):
    pass
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
for exc in [ValidationError('age', 'must be positive'), NotFound('item 7'), AppError(), NoSuper(1, 2)]:
    try:
        raise exc
    except AppError as e:
        print('AppError handler:', type(e).__name__, str(e), e.args, repr(e))
    except Exception as e:
        print('generic handler:', type(e).__name__, e.args, repr(e), str(e))
try:
    raise NotFound('x')
except LookupError as e:
    print('caught as LookupError', NotFound.__mro__)
print(AppError.__doc__, issubclass(ValidationError, Exception), ValidationError.__bases__)
class WithRepr(Exception):
    def __repr__(self):
        return 'WithRepr!'
print(repr(WithRepr('a')), str(WithRepr('a')))
class Bare(BaseException):
    pass
try:
    try:
        raise Bare('escapes Exception handlers')
    except Exception:
        print('not here')
except BaseException as e:
    print('caught BaseException subclass', repr(e))
try:
    raise ValidationError
except TypeError as e:
    print('TypeError', e)
try:
    raise 5
except TypeError as e:
    print('TypeError', e)
try:
    raise int
except TypeError as e:
    print('TypeError', e)
class NotExc:
    pass
try:
    try:
        pass
    finally:
        pass
    raise NotExc()
except TypeError as e:
    print('TypeError', e)
try:
    try:
        raise ValueError
    except NotExc:
        pass
except TypeError as e:
    print('TypeError', e)
