# Star patterns in the middle, wildcards in sequences, nested mapping in sequences, literal/capture mixes.
def m(v):
    match v:
        case [1, *middle, 9]:
            return 'bookended', middle
        case [_, _, *_]:
            return 'at least two', len(v)
        case [{'id': i}, *_]:
            return 'first is record', i
        case [str() as s]:
            return 'single string', s
        case (int() | float() as n,):
            return 'single number', n
        case _:
            return 'no match', v
for v in [[1, 2, 3, 9], [1, 9], [5, 6], [{'id': 7}], ['only'], (3.5,), [None], [], (1,)]:
    print(v, m(v))
def command(cmd):
    match cmd.split():
        case ['go', direction]:
            return 'going ' + direction
        case ['go', *_]:
            return 'go where?'
        case ['pick', 'up', item] | ['take', item]:
            return 'taking ' + item
        case ['drop', *items] if items:
            return 'dropping ' + ', '.join(items)
        case ['quit' | 'exit']:
            return 'bye'
        case []:
            return 'empty command'
        case [verb, *_]:
            return 'unknown verb ' + verb
for c in ['go north', 'go', 'go a b', 'pick up lamp', 'take key', 'drop a b c', 'drop', 'quit', 'exit', '', 'dance wildly']:
    print(repr(c), '->', command(c))
