from .. import PKG_CONST
from ..mod1 import func1
def deep_func():
    return 'deep_func sees ' + PKG_CONST + ', ' + func1()
