# Unary operators and every augmented assignment operator on bad operand types, plus in-place fallbacks.
class User:
    pass
values = [1, 2.5, 1j, True, 'ab', [1], (1,), {1: 2}, {1}, None, User(), len]
for name, op in [('-', lambda a: -a), ('+', lambda a: +a), ('~', lambda a: ~a), ('not', lambda a: not a),
                 ('abs', lambda a: abs(a)), ('int', lambda a: int(a)), ('float', lambda a: float(a)),
                 ('complex', lambda a: complex(a)), ('round', lambda a: round(a)), ('bool', lambda a: bool(a)),
                 ('index', lambda a: [0, 1, 2][a]), ('len', lambda a: len(a)), ('hex', lambda a: hex(a))]:
    for a in values:
        try:
            r = op(a)
            print(name, type(a).__name__, '=', r if type(a) is not User else 'ok')
        except Exception as e:
            print(name, type(a).__name__, '->', type(e).__name__, e)
def aug(opname, a, b):
    ns = {'x': a, 'y': b}
    exec('x %s y' % opname, ns)
    return ns['x']
for opname in ['+=', '-=', '*=', '/=', '//=', '%=', '**=', '@=', '<<=', '>>=', '&=', '|=', '^=']:
    for a, b in [(1, 'a'), ('a', 1), ([1], 1), ([1], 'ab'), ((1,), [2]), ({1}, [1]), ({1: 2}, [(3, 4)]),
                 (None, 1), (1.5, None), (User(), 1), ('ab', 2), (2, 0), (2.0, 0), (1, -1)]:
        try:
            r = aug(opname, a, b)
            print(opname, repr(a) if type(a) is not User else 'User', repr(b), '=', repr(r))
        except Exception as e:
            print(opname, repr(a) if type(a) is not User else 'User', repr(b), '->', type(e).__name__, e)
def attr_aug():
    class O:
        pass
    o = O()
    o.n = 'text'
    o.n -= 1
def item_aug():
    d = {'k': None}
    d['k'] += 1
def missing_item_aug():
    d = {}
    d['k'] += 1
def missing_attr_aug():
    class O:
        pass
    O().z += 1
def unbound_aug():
    total += 1
for fn in (attr_aug, item_aug, missing_item_aug, missing_attr_aug, unbound_aug):
    try:
        fn()
    except Exception as e:
        print(fn.__name__, '->', type(e).__name__, e)
