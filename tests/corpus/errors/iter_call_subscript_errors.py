# Iterating, calling and subscripting objects of the wrong type; item assignment/deletion; len/reversed/next errors.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

class Plain:
    def __repr__(self):
        return 'Plain()'
GEN = (x for x in [])
SET = {1}
LST = [1]
FIVE = 5
class BadIter:
    def __iter__(self):
        return 5
class BadNext:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError('next failed')
class BadLen:
    def __len__(self):
        return 'ten'
class NegLen:
    def __len__(self):
        return -5
class HugeLen:
    def __len__(self):
        return 2 ** 70
class BadIndex:
    def __index__(self):
        return 'x'
class GetItemOnly:
    def __getitem__(self, i):
        return i
values = [5, 2.5, None, True, Plain(), len, Plain]
for v in values:
    name = type(v).__name__
    run('iter ' + name, lambda: iter(v))
    run('for ' + name, lambda: [x for x in v])
    run('call ' + name, lambda: v())
    run('subscript ' + name, lambda: v[0])
    run('setitem ' + name, lambda: v.__class__ and exec('v[0] = 1', {'v': v}))
    run('delitem ' + name, lambda: exec('del v[0]', {'v': v}))
    run('len ' + name, lambda: len(v))
    run('in ' + name, lambda: 1 in v)
    run('star ' + name, lambda: [*v])
    run('dstar ' + name, lambda: {**v})
    run('yield from ' + name, lambda: list((lambda: (yield from v))()))
run('iter returns int', lambda: iter(BadIter()))
run('for over BadIter', lambda: [x for x in BadIter()])
run('next raises', lambda: list(BadNext()))
run('len str', lambda: len(BadLen()))
run('len negative', lambda: len(NegLen()))
run('len huge', lambda: len(HugeLen()))
run('index returns str', lambda: [1, 2][BadIndex()])
run('getitem only class', lambda: GetItemOnly()[5])
run('getitem class not generic', lambda: Plain[int])
run('type subscript ok', lambda: list[int])
run('str item assign', lambda: exec("s = 'abc'\ns[0] = 'x'"))
run('tuple item delete', lambda: exec('t = (1,)\ndel t[0]'))
run('range item assign', lambda: exec('r = range(3)\nr[0] = 1'))
run('dict view subscript', lambda: {}.keys()[0])
run('generator subscript', lambda: GEN[0])
run('set subscript', lambda: SET[0])
run('reversed int', lambda: reversed(5))
run('reversed generator', lambda: reversed(x for x in []))
run('next non-iterator', lambda: next('abc'))
run('call module', lambda: __import__('math')())
run('call instance with call attr instance', lambda: exec('class C: pass\nc = C()\nc.__call__ = lambda: 1\nc()'))
run('list index str', lambda: LST['0'])
run('dict subscript unhashable', lambda: {}[[]])
run('slice of int', lambda: FIVE[1:2])
run('str index too big', lambda: 'abc'[10 ** 20])
run('list index too big', lambda: [1][-10 ** 20])
