# object methods: __eq__ __ne__ __hash__ __init__ __new__ __repr__ __str__ __format__ __getattribute__ __setattr__ __delattr__ __dir__ __reduce_ex__ __init_subclass__ __subclasshook__ __class__ __getstate__; errors.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return 'P(%r)' % getattr(self, 'x', '?')
p = P(1)
q = P(1)
print(object.__eq__(p, p), object.__eq__(p, q), object.__ne__(p, q), object.__ne__(p, p), p.__eq__(1), p.__lt__(q), p.__ge__(p))
print(object.__hash__(p) == hash(p), object.__repr__(p).startswith('<__main__.P object at 0x'), object.__str__(p), str(p), format(p, ''))
print(object.__format__(p, ''), p.__getattribute__('x'), object.__getattribute__(p, '__class__').__name__)
print(p.__setattr__('y', 2), p.y, object.__setattr__(p, 'z', 3), p.z, p.__delattr__('z'), hasattr(p, 'z'), sorted(p.__dict__))
print([n for n in p.__dir__() if not n.startswith('__')], sorted(n for n in dir(p) if not n.startswith('_')))
print(p.__class__.__name__, object.__new__(P).__class__.__name__, object.__init__(p), p.__init__(5), p.x)
print(P.__init_subclass__(), object.__subclasshook__(int), p.__reduce_ex__(2)[1:3], p.__getstate__(), object().__getstate__())
print(p.__sizeof__() > 0, object.__doc__, type(object.__class__).__name__, object.__base__, object.__bases__, object.__mro__)
o = object()
print(o == o, o != o, o.__eq__(object()), type(o.__hash__()).__name__, o.__class__, o.__format__('').startswith('<object object at 0x'), 'object at 0x' in repr(o))
class Slotted:
    __slots__ = ('a',)
s = Slotted()
s.a = 1
print(s.a, s.__getstate__() if hasattr(s, '__getstate__') else None, hasattr(s, '__dict__'))
run('format spec', lambda: format(p, 'x'))
run('format spec object', lambda: object().__format__('>10'))
run('setattr object', lambda: setattr(object(), 'x', 1))
run('getattr missing', lambda: object().missing)
run('getattribute missing', lambda: p.__getattribute__('nope'))
run('getattribute int name', lambda: p.__getattribute__(5))
run('delattr missing', lambda: p.__delattr__('nope'))
run('setattr slot missing', lambda: setattr(s, 'b', 1))
run('delattr slot unset', lambda: exec('t = Slotted()\ndel t.a', {'Slotted': Slotted}))
run('getattr slot unset', lambda: Slotted().a)
run('object args', lambda: object(1))
run('object kwargs', lambda: object(x=1))
run('new args', lambda: object.__new__(P, 1))
run('new not type', lambda: object.__new__(5))
run('new int', lambda: object.__new__(int))
run('init args', lambda: object.__init__(object(), 1))
run('P init missing', lambda: P())
run('object setattr builtin', lambda: object.__setattr__(1, 'x', 2))
run('object setattr on type', lambda: object.__setattr__(int, 'x', 2))
run('dir arg', lambda: p.__dir__(1))
run('eq no args', lambda: p.__eq__())
run('subclasshook arg count', lambda: object.__subclasshook__())
