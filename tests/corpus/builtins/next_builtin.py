# next() with default, on custom iterators, and errors.
it = iter('ab')
print(next(it), next(it), next(it, None), next(it, 'default'))
class Count:
    def __init__(self):
        self.i = 0
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i
c = Count()
print(next(c), next(c), next(c, 'done'))
for call in [lambda: next([1]), lambda: next(1), lambda: next(), lambda: next(iter([]))]:
    try:
        print(call())
    except (TypeError, StopIteration) as e:
        print(type(e).__name__, e)
