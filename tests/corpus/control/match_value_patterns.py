# Value patterns via dotted names, or-patterns binding the same names, as-patterns, group patterns.
class Color:
    RED = 1
    GREEN = 2
    BLUE = 3
class Cfg:
    class Mode:
        FAST = 'fast'
def name(c):
    match c:
        case Color.RED:
            return 'red'
        case Color.GREEN | Color.BLUE:
            return 'green-or-blue'
        case Cfg.Mode.FAST:
            return 'fast mode'
        case _:
            return 'unknown'
for c in [1, 2, 3, 'fast', 4]:
    print(c, name(c))
def shape(p):
    match p:
        case (x, 0) | (0, x):
            return 'axis %r' % x
        case ((a, b) as inner, c):
            return 'inner %r and %r' % (inner, c)
        case (1 | 2 | 3) as small:
            return 'small %r' % small
        case [(1 | 2) as first, *_]:
            return 'first %r' % first
        case _:
            return '?'
for p in [(5, 0), (0, 6), ((1, 2), 3), 2, [2, 9, 9], [7], 'x']:
    print(p, shape(p))
match 42:
    case (int() | str()) as v:
        print('group', v)
x = 'outer'
match 'captured':
    case x:
        pass
print('x rebound to', x)
