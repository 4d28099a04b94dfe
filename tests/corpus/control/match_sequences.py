# Sequence patterns, star patterns, nested, and what counts as a sequence.
def m(x):
    match x:
        case []:
            return 'empty'
        case [a]:
            return 'one %r' % (a,)
        case [a, b] if a == b:
            return 'pair equal'
        case [0, *rest]:
            return 'starts with 0, rest %r' % (rest,)
        case [first, *_, last] if len(x) > 4:
            return 'long %r..%r' % (first, last)
        case [a, [b, c]]:
            return 'nested %r %r %r' % (a, b, c)
        case (a, b, *mid, z):
            return 'tuple pattern %r %r %r %r' % (a, b, mid, z)
        case [a, b]:
            return 'pair %r %r' % (a, b)
        case _:
            return 'not matched %r' % (x,)
for v in [[], [1], (2,), [3, 3], [0, 1, 2], [1, 2, 3, 4, 5], [9, [8, 7]], (1, 2, 3), [4, 5], 'ab', b'ab', bytearray(b'ab'),
          range(2), {1: 2}, {1, 2}, iter([1, 2]), (x for x in [1]), 12]:
    r = m(v)
    print(type(v).__name__, r if 'generator' not in r and 'iterator' not in r else 'generator/iterator not matched')
match [1, 2, 3]:
    case [*all_items]:
        print('star captures all', all_items)
match (1, (2, (3, 4))):
    case (a, (b, (c, d))):
        print(a + b + c + d)
match range(5):
    case [0, 1, *r]:
        print('range matched', r)
