# AttributeError messages on builtins, instances, classes, modules, slots, properties; name/obj attributes and suggestions are not printed.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

import sys
import math
class Plain:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
class Slots:
    __slots__ = ('a', 'b')
class GetAttr:
    def __getattr__(self, name):
        if name.startswith('x'):
            return 'dyn ' + name
        raise AttributeError('custom missing ' + name)
class GetAttribute:
    def __getattribute__(self, name):
        if name == 'boom':
            raise KeyError(name)
        return object.__getattribute__(self, name)
class PropErr:
    @property
    def p(self):
        raise AttributeError('inside property')
    def __getattr__(self, name):
        return 'fallback for ' + name
for label, fn in [
    ('int attr', lambda: (1).foo), ('float attr', lambda: (1.5).append), ('str attr', lambda: 'x'.push),
    ('list attr', lambda: [].add), ('dict attr', lambda: {}.append), ('set attr', lambda: set().append),
    ('tuple attr', lambda: ().sort), ('None attr', lambda: None.x), ('bool attr', lambda: True.x),
    ('function attr', lambda: run.x), ('builtin fn attr', lambda: len.x), ('type attr', lambda: int.x),
    ('module attr', lambda: math.nope), ('sys attr', lambda: sys.nope), ('class attr', lambda: Plain.nope),
    ('instance attr', lambda: Plain().nope), ('instance dunder', lambda: Plain().__nope__),
    ('slots unset', lambda: Slots().a), ('slots missing', lambda: Slots().c),
    ('slots set missing', lambda: setattr(Slots(), 'c', 1)), ('getattr dyn', lambda: GetAttr().xyz),
    ('getattr custom', lambda: GetAttr().abc), ('getattribute keyerror', lambda: GetAttribute().boom),
    ('getattribute missing', lambda: GetAttribute().nope), ('property raising falls back', lambda: PropErr().p),
    ('set on int', lambda: setattr(1, 'x', 1)), ('set on str method', lambda: setattr('x', 'upper', 1)),
    ('set on list', lambda: setattr([], 'x', 1)), ('set on builtin type', lambda: setattr(list, 'x', 1)),
    ('set on object()', lambda: setattr(object(), 'x', 1)), ('del on instance', lambda: delattr(Plain(), 'nope')),
    ('del class attr from instance', lambda: delattr(Plain(), 'cls_attr')), ('del on class', lambda: delattr(Plain, 'nope')),
    ('del builtin method', lambda: delattr(list, 'append')), ('del on module', lambda: delattr(math, 'nope')),
    ('getattr non-str', lambda: getattr(1, 2)), ('setattr non-str', lambda: setattr(Plain(), 3, 1)),
    ('hasattr non-str', lambda: hasattr(1, None)), ('delattr non-str', lambda: delattr(Plain(), 1.5)),
    ('getattr default', lambda: getattr(1, 'nope', 'dflt')), ('dict attr of int', lambda: (1).__dict__),
    ('method of None result', lambda: [].sort().x), ('chained', lambda: Plain().inst.real.nope),
    ('complex attr', lambda: (1j).imag.x), ('module dunder', lambda: math.__nope__),
]:
    run(label, fn)
e = None
try:
    Plain().missing_attr
except AttributeError as exc:
    e = exc
print(e.name, type(e.obj).__name__, e.args)
try:
    math.nope
except AttributeError as exc:
    print(exc.name, exc.obj is math, exc.args)
