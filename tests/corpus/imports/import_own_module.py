# Importing a module from the script's directory: attributes, caching in sys.modules, reload-free re-import.
import sys
import _helper
print(_helper.VALUE, _helper.greet('world'), _helper.Thing(), _helper.__name__, _helper._private)
import _helper as h2
print(h2 is _helper, '_helper' in sys.modules, sys.modules['_helper'] is _helper)
from _helper import greet, VALUE as V
print(greet('again'), V)
import _counter_mod
import _counter_mod
from _counter_mod import count
print(count, _helper.__file__.endswith('_helper.py'), type(_helper).__name__)
print(sorted(n for n in vars(_helper) if not n.startswith('__')))
print(_helper.__doc__, _helper.__package__, _helper.__spec__.name)
