# Packages: __init__ runs first, submodules, relative imports inside the package, attributes set on parents.
import pkg_a
print(pkg_a.PKG_CONST, pkg_a.func1(), hasattr(pkg_a, 'mod1'), hasattr(pkg_a, 'mod2'))
import pkg_a.mod2
print(pkg_a.mod2.func2(), hasattr(pkg_a, 'mod2'), hasattr(pkg_a, 'sub'))
from pkg_a.sub import deep
print(deep.deep_func(), deep.__name__, deep.__package__)
from pkg_a import mod1 as m
print(m.func1(), m is pkg_a.mod1)
import pkg_a.sub.deep as d2
print(d2 is deep)
import sys
print(sorted(k for k in sys.modules if k.startswith('pkg_a')))
print(pkg_a.__path__[0].endswith('pkg_a'), pkg_a.__file__.endswith('__init__.py'), pkg_a.mod1.__file__.endswith('mod1.py'))
