# Exceptions raised inside generators propagate to the consumer; consumer exceptions don't affect suspended generators.
def producer():
    for i in range(5):
        if i == 3:
            raise ValueError('producer failed at 3')
        yield i
got = []
try:
    for v in producer():
        got.append(v)
except ValueError as e:
    print('consumer caught', e, 'after', got)
def guarded():
    try:
        yield 1
        yield 2
    except Exception as e:
        yield 'generator caught ' + type(e).__name__
g = guarded()
print(next(g))
try:
    raise KeyError('consumer-side')
except KeyError:
    print('consumer handled its own exception; generator continues:', next(g))
print(g.throw(IndexError('thrown in')))
def finally_gen():
    try:
        yield 'a'
    finally:
        print('  cleanup runs when exception passes through consumer')
try:
    for item in finally_gen():
        raise RuntimeError('consumer error in loop body ' + item)
except RuntimeError as e:
    print('caught', e)
