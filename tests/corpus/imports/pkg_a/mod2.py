from . import mod1
from .mod1 import func1 as f1
from .sub import deep
from . import mod1 as again
def func2():
    return 'func2 uses ' + f1() + ' and ' + deep.deep_func()
