# Generators implement the iterator protocol; __iter__ methods written as generators.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6)))
print(list(t), sum(t), 5 in t, sorted(t, reverse=True))
def gen():
    yield 1
g = gen()
print(iter(g) is g, hasattr(g, '__next__'), hasattr(g, 'send'), type(g).__name__)
print(g.__next__(), next(g, 'end'))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c), [(a, b) for a in c for b in c if a > b])
class Reversible:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return iter(self.data)
    def __reversed__(self):
        for i in range(len(self.data) - 1, -1, -1):
            yield self.data[i]
r = Reversible([1, 2, 3])
print(list(r), list(reversed(r)))
