# Circular imports: partially initialised modules, and 'from' imports that fail with CPython's message.
import _circ_a
print('main: A_LATE =', _circ_a.A_LATE)
try:
    import _circ_from_a
except ImportError as e:
    print('ImportError', e)
    print('name:', e.name, '| path ends:', e.path.rsplit('/', 1)[-1] if e.path else None)
import sys
print('_circ_from_a' in sys.modules, '_circ_from_b' in sys.modules)
from pkg_circ import x
print(x.fx())
