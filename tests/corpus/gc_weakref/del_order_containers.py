# Order of __del__ calls when containers are freed: list items in order, dict values, nested.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
items = [D('l0'), D('l1'), D('l2')]
del items
print('---')
mapping = {'x': D('dx'), 'y': D('dy')}
del mapping
print('---')
nested = [D('outer0'), [D('inner0'), D('inner1')], D('outer2')]
del nested
print('---')
class Holder:
    def __init__(self):
        self.a = D('attr-a')
        self.b = D('attr-b')
    def __del__(self):
        print('del holder')
h = Holder()
del h
print('---')
def make():
    x = D('local-x')
    y = D('local-y')
    return 'returned'
print(make())
print('---')
g = (D('gen-%d' % i) for i in range(2))
first = next(g)
del first
print('after first')
del g
print('end')
