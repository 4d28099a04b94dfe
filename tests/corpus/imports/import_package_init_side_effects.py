# A package whose __init__ imports its own submodule, which imports the parent package.
import pkg_init_side
print(pkg_init_side.child.CHILD, hasattr(pkg_init_side, 'child'))
import pkg_init_side.child as ch
print(ch is pkg_init_side.child)
