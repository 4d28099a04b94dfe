# Exceptions raised from inside map/filter/zip callbacks and iterators propagate lazily.
def fail_on_three(x):
    if x == 3:
        raise ValueError('three!')
    return x * 2
m = map(fail_on_three, range(5))
print(next(m), next(m), next(m))
try:
    next(m)
except ValueError as e:
    print('ValueError', e)
print(next(m), list(m))
f = filter(lambda x: 1 / (x - 2), range(4))
try:
    print(list(f))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
def gen():
    yield 1
    raise KeyError('from generator in zip')
try:
    print(list(zip('abc', gen())))
except KeyError as e:
    print('KeyError', e)
print(list(zip([], gen())))
