# send/throw forwarded through several levels of yield from.
def level3():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError:
            total = -1
            continue
        if v is None:
            return total
        total += v
def level2():
    r = yield from level3()
    return r * 10
def level1():
    r = yield from level2()
    yield 'level1 final %d' % r
g = level1()
print(next(g), g.send(1), g.send(2), g.throw(ValueError), g.send(5), g.send(None))
g2 = level1()
next(g2)
try:
    g2.throw(KeyError('unhandled deep'))
except KeyError as e:
    print('KeyError propagated', e)
print(g2.gi_frame)
