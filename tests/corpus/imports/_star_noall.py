# Support module without __all__: star import takes every name not starting with underscore.
import sys as _sys_private
import math
public_name = 'public'
_private_name = 'private'
def public_func():
    return 'public func'
