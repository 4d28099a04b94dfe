# Guards are evaluated in order; captures are bound even when a guard fails.
log = []
def g(tag, result):
    log.append(tag)
    return result
match (1, 2):
    case (a, b) if g('first', False):
        print('no')
    case (c, d) if g('second', True):
        print('second matched', c, d)
print(log, a, b)
def classify(v):
    match v:
        case int() if v < 0:
            return 'negative int'
        case int() if v % 2 == 0:
            return 'even int'
        case int():
            return 'odd int'
        case [x, y] if x == y:
            return 'equal pair'
        case [x, y]:
            return 'pair'
        case _:
            return 'other'
print([classify(v) for v in [-3, 4, 7, [1, 1], [1, 2], 'x']])
count = 0
for item in [{'k': 1}, {'k': 2}, {'j': 3}, [1, 2, 3]]:
    match item:
        case {'k': 1 | 2 as k}:
            count += k
        case [*items] if len(items) == 3:
            count += 100
        case _:
            count -= 1
print(count)
