# getattr/setattr/delattr/hasattr including defaults and error propagation.
class C:
    cls_attr = 'class'
    @property
    def broken(self):
        raise ValueError('property raised ValueError')
    @property
    def missing(self):
        raise AttributeError('property raised AttributeError')
o = C()
setattr(o, 'x', 1)
print(getattr(o, 'x'), getattr(o, 'cls_attr'), getattr(o, 'nope', 'default'), getattr(o, 'nope', None), hasattr(o, 'x'), hasattr(o, 'nope'))
delattr(o, 'x')
print(hasattr(o, 'x'), hasattr(o, 'missing'), getattr(o, 'missing', 'default used'))
try:
    hasattr(o, 'broken')
except ValueError as e:
    print('hasattr propagates non-AttributeError:', e)
try:
    getattr(o, 'broken', 'default')
except ValueError as e:
    print('getattr default does not catch ValueError:', e)
for call in [lambda: getattr(o, 'nope'), lambda: getattr(o, 1), lambda: setattr(o, 1, 2), lambda: delattr(o, 'nope'), lambda: hasattr(o, None),
             lambda: getattr(o), lambda: setattr(1, 'x', 2), lambda: delattr(C, 'nope'), lambda: setattr(o, 'x'), lambda: getattr(1, 'real', 0, 1)]:
    try:
        print(call())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
setattr(C, 'added', lambda self: 'method added by setattr')
print(o.added(), getattr(C, 'added').__name__)
delattr(C, 'added')
print(hasattr(o, 'added'))
class S(str):
    pass
setattr(o, S('via_str_subclass'), 5)
print(o.via_str_subclass, getattr(o, S('via_str_subclass')))
