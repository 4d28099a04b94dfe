# type(name, bases, dict), type() of things, and attributes of dynamically created classes.
def init(self, v):
    self.v = v
Dyn = type('Dyn', (object,), {'__init__': init, 'double': lambda self: self.v * 2, 'k': 'class attr'})
d = Dyn(21)
print(Dyn.__name__, Dyn.__qualname__, Dyn.__module__, Dyn.__bases__, d.double(), d.k, type(d) is Dyn)
Child = type('Child', (Dyn,), {})
print(Child(1).double(), Child.__mro__)
print(type(1), type('a'), type(None), type(type), type(object), type(Dyn), type(len), type([].append).__name__)
for args in [('X',), ('X', ()), ('X', (), {}, 1), (1, (), {}), ('X', 5, {}), ('X', (), 5), ('X', (1,), {})]:
    try:
        print(type(*args))
    except TypeError as e:
        print('TypeError', e)
Empty = type('Empty', (), {})
print(Empty, Empty.__bases__, Empty().__class__.__name__)
WithDoc = type('WithDoc', (), {'__doc__': 'documented', '__slots__': ('a',)})
print(WithDoc.__doc__, WithDoc.__slots__)
IntLike = type('IntLike', (int,), {'__repr__': lambda s: 'IntLike(%d)' % int(s)})
print(IntLike(5), IntLike(5) + 1)
