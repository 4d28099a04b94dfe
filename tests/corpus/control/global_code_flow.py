# Module-level control flow: nested function definitions in branches, conditional defs, loops at top level.
import sys
if sys.version_info >= (3, 0):
    def version():
        return 'py3'
else:
    def version():
        return 'py2'
print(version())
for n in range(3):
    def make(n=n):
        return n * 100
    print(make())
try:
    value = int('x')
except ValueError:
    value = -1
finally:
    print('module finally')
print(value)
while True:
    result = 'broke out'
    break
print(result)
with open.__class__ if False else type('CM', (), {'__enter__': lambda s: 'entered', '__exit__': lambda s, *a: None})() as v:
    print(v)
print(__name__, [k for k in sorted(globals()) if not k.startswith('__')])
