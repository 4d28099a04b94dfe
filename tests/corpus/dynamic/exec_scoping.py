# Scoping of exec'd code: functions in exec see exec globals, class bodies, closures not created across exec.
g = {'shared': 'global in exec namespace'}
exec('''
def reader():
    return shared
value = reader()
''', g)
print(g['value'])
g['shared'] = 'changed later'
print(g['reader']())
l = {}
exec('''
x = 1
def uses_x():
    return x
''', {}, l)
try:
    print(l['uses_x']())
except NameError as e:
    print('NameError', e)
def outer():
    y = 'outer local'
    return eval('y')
print(outer())
def closure_miss():
    z = 'closure var'
    def inner():
        return eval('z')
    return inner()
try:
    print(closure_miss())
except NameError as e:
    print('NameError', e)
print(eval('[n for n in range(3)]', {}), eval('(lambda q: q * 2)(4)'))
