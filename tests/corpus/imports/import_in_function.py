# Imports inside functions and classes bind local names; import statement forms.
def f():
    import _helper
    from _helper import greet as g
    return _helper.VALUE, g('f'), sorted(k for k in locals())
print(f())
print('_helper' in globals())
class C:
    import math
    from math import pi as PI
print(C.math.floor(2.5), C.PI)
import math, sys as system
print(math.floor(-0.5), system.__name__)
from math import (
    floor,
    ceil as c,
)
print(floor(1.5), c(1.5))
def star_in_function_not_allowed_is_syntax_error():
    return 'skipped'
print(star_in_function_not_allowed_is_syntax_error())
