# yield from: delegation, return values, send/throw passthrough, iterables.
def inner():
    x = yield 'inner-1'
    print('  inner got', x)
    y = yield 'inner-2'
    print('  inner got', y)
    return 'inner-result'
def outer():
    result = yield from inner()
    print('  outer got result', result)
    yield 'outer-after'
    return 'outer-result'
g = outer()
print(next(g))
print(g.send('A'))
print(g.send('B'))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], 'ab', range(3), (x * 10 for x in range(2)), {'k': 1})))
def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, [4]], 5], [[6]]])))
def catcher():
    try:
        yield 1
        yield 2
    except ValueError:
        yield 'inner caught ValueError'
    return 'catcher done'
def delegate():
    r = yield from catcher()
    yield 'delegate sees ' + r
d = delegate()
print(next(d), d.throw(ValueError), next(d))
def closing_inner():
    try:
        yield 'a'
        yield 'b'
    finally:
        print('  inner finally on close')
def closing_outer():
    yield from closing_inner()
co = closing_outer()
next(co)
co.close()
def return_none():
    yield 1
def outer2():
    r = yield from return_none()
    yield r
print(list(outer2()))
def gen_with_stopiteration_value():
    v = yield from iter([7, 8])
    yield ('from iterator returns', v)
print(list(gen_with_stopiteration_value()))
