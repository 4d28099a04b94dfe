# match with literal, capture, wildcard, or-patterns and guards.
def describe(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case -1:
            return 'minus one'
        case 'hello':
            return 'greeting'
        case b'bytes':
            return 'bytes literal'
        case True:
            return 'True literal'
        case None:
            return 'None literal'
        case 1.5:
            return 'float literal'
        case 2j:
            return 'complex'
        case -1 + 2j:
            return 'complex expr'
        case 'a' 'b':
            return 'concat'
        case n if isinstance(n, int) and n > 100:
            return 'big int %d' % n
        case str() as s if len(s) > 3:
            return 'long str ' + s
        case _:
            return 'other %r' % (x,)
for v in [0, 1, 3, -1, 'hello', b'bytes', True, False, None, 1.5, 2j, -1 + 2j, 'ab', 500, 'longer', 'abc', 1.0, 50, []]:
    print(repr(v), '->', describe(v))
match 5:
    case x:
        print('capture binds', x)
match (1, 2):
    case (a, b) if a > b:
        print('guard true')
    case (a, b):
        print('guard false path', a, b)
