print('pkg_a/__init__ running, __name__ =', __name__, '__package__ =', __package__)
PKG_CONST = 'from pkg_a'
from .mod1 import func1
