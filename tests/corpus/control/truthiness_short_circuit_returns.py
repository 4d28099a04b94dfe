# and/or return operands (not bools); chained defaults; not always returns bool.
values = [0, 1, '', 'x', [], [0], None, 0.0, {}, {'k': 0}]
for a in values[:5]:
    for b in values[5:]:
        print(repr(a), repr(b), repr(a and b), repr(a or b), repr(not a))
def pick(*opts):
    result = None
    for o in opts:
        result = result or o
    return result
print(pick(None, 0, '', 'first truthy', 'second'), pick(), pick(0, []))
config = {}
name = config.get('name') or 'default-name'
count = config.get('count', 0) or 10
print(name, count)
print(1 and 2 or 3, 0 and 2 or 3, 1 or 2 and 3, (0 or 0) and 1, [] or {} or () or 'end')
