# __del__ runs as soon as the last reference goes (reference counting), in a predictable order.
class Noisy:
    def __init__(self, name):
        self.name = name
        print('create', name)
    def __del__(self):
        print('del', self.name)
a = Noisy('a')
b = a
del a
print('after del a (b still refers)')
del b
print('after del b')
def scope():
    local = Noisy('local')
    print('leaving scope')
scope()
print('after scope')
x = Noisy('x1')
x = Noisy('x2')
print('after rebinding x')
lst = [Noisy('in-list-1'), Noisy('in-list-2')]
lst.pop(0)
print('after pop')
lst.clear()
print('after clear')
d = {'k': Noisy('dict-value')}
d['k'] = None
print('after dict overwrite')
t = (Noisy('tuple-item'),)
del t
print('after tuple del')
Noisy('temporary')
print('after temporary expression')
holder = Noisy('holder')
holder.child = Noisy('child')
del holder
print('after holder del')
x = None
print('end of module')
