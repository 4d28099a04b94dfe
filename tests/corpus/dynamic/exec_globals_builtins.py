# __builtins__ in exec namespaces: restricted builtins, custom builtins dict.
ns = {'__builtins__': {'print': print, 'len': len}}
exec('print("restricted", len("abc"))', ns)
try:
    exec('print(abs(-1))', ns)
except NameError as e:
    print('NameError', e)
ns2 = {}
exec('x = 1', ns2)
print(type(ns2['__builtins__']).__name__ in ('dict', 'module'))
custom = {'__builtins__': {'__import__': __import__, 'print': lambda *a: print('custom print:', *a)}}
exec('print("hello")', custom)
exec('import math\nprint(math.floor(2.7))', custom)
