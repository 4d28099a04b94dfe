# compile() in exec/eval/single modes and code object attributes.
c = compile('x = 1\ny = x + 1', '<string>', 'exec')
print(type(c).__name__, c.co_filename, c.co_name, c.co_names)
ns = {}
exec(c, ns)
print(ns['y'])
e = compile('a * 2', 'expr_file', 'eval')
print(eval(e, {'a': 21}), e.co_filename, e.co_names)
s = compile('1 + 1', '<single>', 'single')
exec(s)
s2 = compile('None', '<single>', 'single')
exec(s2)
s3 = compile('"text"', '<single>', 'single')
exec(s3)
for src, mode in [('x =', 'exec'), ('x = 1', 'eval'), ('1\n2', 'single'), ('pass', 'bogus')]:
    try:
        compile(src, '<bad>', mode)
    except (SyntaxError, ValueError) as err:
        print(type(err).__name__, err)
try:
    compile('1', '<f>')
except TypeError as err:
    print('TypeError', err)
f = compile('def g(a, b=2):\n    return a + b\n', '<def>', 'exec')
space = {}
exec(f, space)
print(space['g'](1), space['g'].__code__.co_filename, space['g'].__code__.co_varnames)
