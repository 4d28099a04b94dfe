# Circular imports between two modules of one package using 'from . import'.
from pkg_circ import y
from pkg_circ import x
print(y.fy_name(), x.fx())
import sys
print(sorted(k for k in sys.modules if k.startswith('pkg_circ')))
