# from module import * with and without __all__, and from package import * importing submodules in __all__.
from _star_all import *
print(exported, ALSO)
try:
    not_exported
except NameError as e:
    print('NameError', e)
from _star_noall import *
print(public_name, public_func(), math.sqrt(16))
for name in ['_private_name', '_sys_private']:
    print(name, name in globals())
from pkg_star import *
print(alpha, beta_mod.BETA, 'gamma' in globals(), 'other_mod' in globals())
print(sorted(k for k in globals() if not k.startswith('__')))
