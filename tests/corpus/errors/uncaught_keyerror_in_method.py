# An uncaught KeyError with a tuple key raised from dict subscription inside a method; stdout flushed first.
class Registry:
    def __init__(self):
        self.items = {('a', 1): 'first', ('b', 2): 'second'}
    def lookup(self, name, num):
        print('looking up', name, num)
        return self.items[(name, num)]
r = Registry()
print(r.lookup('a', 1))
print(r.lookup('c', 3))
