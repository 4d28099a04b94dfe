# eval() of expressions with globals/locals mappings.
print(eval('1 + 2 * 3'), eval('"abc".upper()'), eval('[x * x for x in range(4)]'), eval(' 42 '), eval('\t7\n'))
x = 10
print(eval('x + 1'), eval('x + y', {'x': 1, 'y': 2}), eval('x + y', {'x': 1}, {'y': 5}), eval('len("four")', {}))
def f():
    local = 'local value'
    return eval('local.upper()')
print(f())
g = {}
eval('1', g)
print('__builtins__' in g)
print(eval('abs(-3)', {'__builtins__': {'abs': abs}}))
try:
    eval('len([])', {'__builtins__': {}})
except NameError as e:
    print('NameError', e)
class Mapping:
    def __getitem__(self, k):
        if k == 'magic':
            return 'from custom mapping'
        raise KeyError(k)
print(eval('magic', {}, Mapping()))
for src in ['1 +', 'x = 1', 'undefined_name', '1 / 0', '(', 'import os']:
    try:
        print(eval(src))
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno, e.offset)
    except Exception as e:
        print(type(e).__name__, e)
print(eval(compile('2 ** 10', '<expr>', 'eval')), eval(b'3 + 4'))
try:
    eval(5)
except TypeError as e:
    print('TypeError', e)
