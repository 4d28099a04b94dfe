# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration('escaping')
g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print('RuntimeError', e, '| cause:', repr(e.__cause__), '| context is cause:', e.__context__ is e.__cause__)
def next_on_empty():
    it = iter([])
    yield next(it)
try:
    list(next_on_empty())
except RuntimeError as e:
    print('RuntimeError', e)
def safe_next():
    it = iter([])
    try:
        yield next(it)
    except StopIteration:
        yield 'caught StopIteration inside generator'
print(list(safe_next()))
def subclass():
    class MyStop(StopIteration):
        pass
    yield 0
    raise MyStop
try:
    list(subclass())
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)
def gen_in_gen():
    yield list(x for x in [1, 2])
    yield 'fine'
print(list(gen_in_gen()))
def stop_in_genexp():
    def bad():
        raise StopIteration
    return list(bad() for _ in range(3))
try:
    print(stop_in_genexp())
except RuntimeError as e:
    print('RuntimeError', e)
def f():
    return (yield)
