# eval with nested scopes: comprehensions in eval see globals only, lambdas capture eval locals.
g = {'factor': 3}
l = {'items': [1, 2, 3]}
print(eval('[i * factor for i in items]', g, l))
try:
    print(eval('[i * local_only for i in items]', g, {'items': [1], 'local_only': 2}))
except NameError as e:
    print('NameError', e)
fn = eval('lambda x: x + factor', g)
print(fn(10))
code = compile('total = sum(items)', '<c>', 'exec')
exec(code, g, l)
print(l['total'], 'total' in g)
print(eval('(yield_value := 5) * 2', {}, {}))
