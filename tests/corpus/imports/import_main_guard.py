# __name__ is '__main__' for the script and the module name when imported.
import _main_guard
print(__name__, _main_guard.__name__, _main_guard.main())
import sys
print(sys.modules['__main__'].__name__, '__main__' in sys.modules, sys.modules[__name__] is sys.modules['__main__'])
if __name__ == '__main__':
    print('this script is the main module')
print(__spec__, __package__, __file__.endswith('import_main_guard.py'))
