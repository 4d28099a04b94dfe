# An uncaught TypeError raised three calls deep through a method and a lambda: traceback on stderr, exit 1.
class Totals:
    def __init__(self):
        self.values = [3, 4, '5']
    def total(self):
        return sum_all(self.values)
def sum_all(values):
    acc = 0
    for v in values:
        acc = add(acc, v)
    return acc
add = lambda a, b: a + b
print('computing')
t = Totals()
print('total:', t.total())
print('never printed')
