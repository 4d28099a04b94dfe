# iter() with one and two arguments, sentinel form with callables.
data = [5, 4, 3, 0, 9]
pos = [0]
def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, 0)), pos)
count = [0]
def tick():
    count[0] += 1
    return count[0]
it = iter(tick, 4)
print(type(it).__name__, next(it), list(it), next(it, 'exhausted'))
class Callable:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        if self.n > 10:
            raise StopIteration
        return self.n
print(list(iter(Callable(), 100)))
lines = iter(['a', 'b', '', 'c'])
print(list(iter(lambda: next(lines), '')))
for call in [lambda: iter(5, 1), lambda: iter(), lambda: iter([], 1), lambda: iter(len, 1, 2), lambda: iter(5)]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
it = iter([1, 2])
print(iter(it) is it, list(it), list(it))
print(type(iter('')).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter(range(1))).__name__, type(iter(set())).__name__)
