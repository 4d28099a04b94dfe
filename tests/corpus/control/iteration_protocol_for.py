# for loops drive __iter__/__next__; StopIteration ends loops; iter() on non-iterables.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print('  __iter__')
        return self
    def __next__(self):
        if self.n <= 0:
            print('  StopIteration')
            raise StopIteration
        self.n -= 1
        return self.n + 1
for x in Countdown(3):
    print(x)
print(list(Countdown(2)), sum(Countdown(4)), sorted(Countdown(3)))
a, b = Countdown(2)
print(a, b)
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(OnlyGetitem()), 20 in OnlyGetitem(), 25 in OnlyGetitem())
for bad in [5, None, 3.5, object]:
    try:
        for _ in bad:
            pass
    except TypeError as e:
        print('TypeError', e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError', e)
class NoNext:
    def __iter__(self):
        return self
try:
    for _ in NoNext():
        pass
except TypeError as e:
    print('TypeError', e)
it = iter([1, 2, 3])
for x in it:
    if x == 1:
        print('skip', next(it))
    print('x', x)
