# Generators with try/finally: cleanup on exhaustion, on close, on garbage collection (refcount), on break.
def resource(name):
    print('  open', name)
    try:
        for i in range(3):
            yield '%s-%d' % (name, i)
    finally:
        print('  close', name)
for item in resource('A'):
    print(item)
for item in resource('B'):
    print(item)
    if item.endswith('1'):
        break
print('after break (generator may still be alive)')
g = resource('C')
next(g)
del g
print('after del')
def gen_with_except():
    try:
        yield 1
        raise ValueError('inside')
    except ValueError as e:
        yield 'handled ' + str(e)
    finally:
        yield 'yield in finally'
print(list(gen_with_except()))
def nested():
    try:
        try:
            yield 'inner'
        finally:
            print('  inner finally')
        yield 'between'
    finally:
        print('  outer finally')
n = nested()
print(next(n), next(n))
n.close()
