print('pkg_init_side: importing its submodule in __init__')
from . import child
print('pkg_init_side: child attribute set on package:', hasattr(child, 'CHILD'))
