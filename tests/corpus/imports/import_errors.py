# ModuleNotFoundError and ImportError messages (paths in messages become $CORPUS).
try:
    import nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, repr(e.name))
try:
    import nope.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import _helper.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from _helper import does_not_exist
except ImportError as e:
    print(type(e).__name__, e)
    print('name:', e.name)
try:
    from pkg_a import no_such_sub
except ImportError as e:
    print(type(e).__name__, e)
try:
    from pkg_rel import bad_name
except ImportError as e:
    print(type(e).__name__, e)
try:
    import pkg_rel.inner.leaf
except ImportError as e:
    print(type(e).__name__, e)
try:
    import _raises_on_import
except ValueError as e:
    print('ValueError', e)
import sys
print('_raises_on_import' in sys.modules)
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__('')
except ValueError as e:
    print('ValueError', e)
print(issubclass(ModuleNotFoundError, ImportError))
