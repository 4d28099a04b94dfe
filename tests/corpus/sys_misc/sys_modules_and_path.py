# sys.modules basics and sys.path[0] being the script's directory (masked as $CORPUS).
import sys
print('sys' in sys.modules, 'builtins' in sys.modules, '__main__' in sys.modules, sys.modules['sys'] is sys)
print(sys.path[0])
print(type(sys.path).__name__, type(sys.modules).__name__)
print(sys.modules['__main__'].__file__)
import math
print('math' in sys.modules, sys.modules['math'] is math)
