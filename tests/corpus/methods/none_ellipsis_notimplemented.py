# Methods of None, Ellipsis and NotImplemented singletons, and of their types; errors.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
print(NoneType.__name__, EllipsisType.__name__, NotImplementedType.__name__)
print(None.__repr__(), None.__str__(), None.__bool__(), None.__eq__(None), None.__eq__(0), None.__ne__(1), None.__lt__(None))
print(None.__format__(''), format(None, ''), str(None), repr(None), bool(None), None is NoneType())
print(Ellipsis.__repr__(), ....__str__(), ... is EllipsisType(), ... == ..., bool(...), Ellipsis.__reduce__())
print(NotImplemented.__repr__(), NotImplemented.__reduce__(), NotImplemented is NotImplementedType())
print(None.__class__, ....__class__, NotImplemented.__class__, None.__doc__, sorted(n for n in dir(None) if not n.startswith('_')))
print([None, None].count(None), {None: 1}[None], None in {None}, (None,) == (None,), sorted([None] * 2, key=lambda v: 0))
E = ...
L = [1]
print({...: 'e'}[E], (lambda: ...)() is Ellipsis)
run('NoneType args', lambda: NoneType(1))
run('EllipsisType kw', lambda: EllipsisType(a=1))
run('NotImplementedType args', lambda: NotImplementedType(2))
run('None attribute', lambda: None.foo)
run('None setattr', lambda: setattr(None, 'x', 1))
run('None call', lambda: (lambda: None)()())
run('None subscript', lambda: (lambda: None)()[0])
run('None iter', lambda: list(None))
run('None len', lambda: len(None))
run('None add', lambda: None + 1)
run('None lt', lambda: None < None)
run('None format spec', lambda: format(None, '>5'))
run('Ellipsis add', lambda: ... + 1)
run('Ellipsis subscript', lambda: E[0])
run('list index Ellipsis', lambda: L[E])
run('NotImplemented call', lambda: NotImplemented())
run('NotImplemented add', lambda: NotImplemented + 1)
run('subclass NotImplementedType', lambda: type('X', (NotImplementedType,), {}))
