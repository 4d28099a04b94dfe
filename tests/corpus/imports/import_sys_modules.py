# sys.modules manipulation: injecting a fake module, deleting to force re-import, __import__.
import sys
class Fake:
    VALUE = 'from a fake module object'
sys.modules['totally_fake'] = Fake()
import totally_fake
print(totally_fake.VALUE, type(totally_fake).__name__)
from totally_fake import VALUE
print(VALUE)
import _counter_mod
_counter_mod.count = 99
del sys.modules['_counter_mod']
import _counter_mod as fresh
print(fresh.count)
m = __import__('_helper')
print(m.VALUE, __import__('pkg_a.mod1').__name__, __import__('pkg_a.mod1', fromlist=['func1']).__name__)
sys.modules['blocked'] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
print(type(sys).__name__, sys.__name__, 'math' in sys.builtin_module_names or 'math' in sys.modules or True)
