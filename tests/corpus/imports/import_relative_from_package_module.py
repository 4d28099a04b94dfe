# Relative imports resolved against __package__ inside package modules; submodule attribute binding order.
import pkg_a.sub.deep as deep
print(deep.deep_func())
import pkg_a
print(sorted(k for k in vars(pkg_a) if not k.startswith('__')))
print(pkg_a.sub.deep is deep, pkg_a.sub.__name__, pkg_a.sub.__package__)
