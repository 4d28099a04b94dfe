# Mapping patterns, **rest, key order, missing keys, non-dict mappings.
def m(x):
    match x:
        case {'type': 'point', 'x': x_, 'y': y_}:
            return 'point %r %r' % (x_, y_)
        case {'type': 'circle', 'r': r, **rest}:
            return 'circle %r rest=%r' % (r, rest)
        case {'type': t}:
            return 'typed %r' % t
        case {}:
            return 'some mapping'
        case _:
            return 'not a mapping'
for v in [{'type': 'point', 'x': 1, 'y': 2, 'extra': 0}, {'type': 'circle', 'r': 5, 'color': 'red', 'z': 1},
          {'type': 'square'}, {}, {'other': 1}, [('type', 'point')], 'type', None]:
    print(m(v))
class Missing(dict):
    def __missing__(self, key):
        return 'synthesised'
match Missing(a=1):
    case {'b': val}:
        print('matched missing key?', val)
    case {'a': val}:
        print('matched a', val)
match {1: 'one', 'k': (1, 2)}:
    case {1: 'one', 'k': (a, b)}:
        print('literal key and nested', a, b)
KEY = 'k'
class NS:
    KEY = 'k'
match {'k': 'v'}:
    case {NS.KEY: value}:
        print('dotted-name key', value)
