# StopIteration from next(), default values, value attribute, and in for loops.
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e), e.value, e.args)
print(next(it, 'default'), next(iter([]), None))
def gen():
    yield 1
    return 'return value'
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print('StopIteration value', e.value, e.args)
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration('custom')
for x in It():
    print('never')
print(list(It()), 'loop ended silently')
try:
    next(5)
except TypeError as e:
    print('TypeError', e)
try:
    next()
except TypeError as e:
    print('TypeError', e)
e = StopIteration(1, 2)
print(e.value, e.args)
