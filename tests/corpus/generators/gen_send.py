# send(): priming, values flowing in, running averages, send to unstarted generator error.
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        print('  received', value)
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return 'final avg %s' % avg
a = averager()
print(a.send(None))
print(a.send(10))
print(a.send(20))
print(a.send(60))
try:
    a.send(None)
except StopIteration as e:
    print('StopIteration', e.value)
b = averager()
try:
    b.send(5)
except TypeError as e:
    print('TypeError', e)
def echo():
    received = []
    while True:
        x = yield len(received)
        received.append(x)
        if len(received) == 3:
            return received
e = echo()
next(e)
print(e.send('a'), e.send('b'))
try:
    e.send('c')
except StopIteration as s:
    print('returned', s.value)
try:
    e.send('d')
except StopIteration as s:
    print('again StopIteration', s.value)
def double_yield():
    x = yield
    y = yield x * 2
    yield (x, y)
d = double_yield()
print(next(d), d.send(5), d.send(7))
