# exec() of statements, namespaces, definitions and return value.
ns = {}
r = exec('a = 1\nb = a + 1\ndef f(x):\n    return x * b\n', ns)
print(r, ns['a'], ns['b'], ns['f'](10), sorted(k for k in ns if k != '__builtins__'))
loc = {}
exec('z = 5', {}, loc)
print(loc)
exec('print("printed from exec", 1 + 1)')
def in_function():
    exec('newvar = 3')
    return 'newvar' in locals(), locals().get('newvar')
print(in_function())
code = '''
class K:
    attr = 'class made in exec'
    def m(self):
        return self.attr
result = K().m()
'''
space = {}
exec(code, space)
print(space['result'], space['K'].__name__, space['K'].__module__ if '__name__' in space else space['K'].__module__)
exec('import math\nroot = math.isqrt(99)', space)
print(space['root'])
try:
    exec('raise ValueError("from exec")')
except ValueError as e:
    print('ValueError', e)
try:
    exec('def broken(:\n    pass')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno)
counter = 0
exec('counter += 1')
print(counter)
exec(compile('for i in range(3): print("loop", i)', '<loop>', 'exec'))
