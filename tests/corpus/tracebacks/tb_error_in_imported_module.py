# Traceback passes through an imported module's top-level code (frozen importlib frames are hidden).
print('importing')
import _tb_bad_module
