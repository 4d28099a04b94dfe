# Unhashable keys/members everywhere: dict/set literals, comprehensions, methods, frozenset, user classes with __eq__ only.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

class EqOnly:
    def __eq__(self, other):
        return True
class HashNone:
    __hash__ = None
class BadHash:
    def __hash__(self):
        return 'not an int'
class BigHash:
    def __hash__(self):
        return 2 ** 100
class RaisingHash:
    def __hash__(self):
        raise ValueError('no hash today')
print(hash(BigHash()) == hash(BigHash()), type(hash(BigHash())).__name__)
for label, key in [('list', [1]), ('dict', {}), ('set', {1}), ('bytearray', bytearray()), ('EqOnly', EqOnly()),
                   ('HashNone', HashNone()), ('BadHash', BadHash()), ('RaisingHash', RaisingHash()),
                   ('tuple with list', (1, [2])), ('slice', slice(1)), ('frozenset ok', frozenset([1]))]:
    def attempts():
        yield 'dict literal', lambda: {key: 1}
        yield 'set literal', lambda: {key}
        yield 'dict setitem', lambda: {}.__setitem__(key, 1)
        yield 'dict getitem', lambda: {1: 2}[key]
        yield 'dict get', lambda: {1: 2}.get(key)
        yield 'in dict', lambda: key in {1: 2}
        yield 'in set', lambda: key in {1}
        yield 'set add', lambda: set().add(key)
        yield 'frozenset', lambda: frozenset([key])
        yield 'hash', lambda: hash(key)
        yield 'dict comp', lambda: {key: 0 for _ in range(1)}
        yield 'set comp', lambda: {key for _ in range(1)}
        yield 'fromkeys', lambda: dict.fromkeys([key])
    results = []
    for name, fn in attempts():
        try:
            r = fn()
            results.append('%s ok' % name)
        except Exception as e:
            results.append('%s %s: %s' % (name, type(e).__name__, e))
    print(label)
    for r in results:
        print('   ', r)
run('list in set', lambda: [1] in {(1,)})
run('dict keys of unhashable', lambda: {}.keys() & [[1]])
run('set remove list', lambda: {1}.remove([1]))
run('set discard set', lambda: {1}.discard({1}))
run('dict pop list', lambda: {1: 2}.pop([1]))
run('dict setdefault list', lambda: {}.setdefault([1]))
run('list.index unhashable ok', lambda: [[1]].index([1]))
run('dict comprehension key list', lambda: {tuple(x): x for x in [[1], [2]]})
