# set/frozenset dunder methods and operators, including in-place ones and NotImplemented.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

def S(s):
    return sorted(s) if isinstance(s, (set, frozenset)) else s

a, b = {1, 2, 3}, {3, 4}
for name in ['__and__', '__or__', '__sub__', '__xor__', '__rand__', '__ror__', '__rsub__', '__rxor__',
             '__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__']:
    m = getattr(a, name)
    print(name, S(m(b)), S(m(frozenset({1}))), m([3]), m(None))
x = {1, 2}
print(x.__ior__({3}), S(x), x.__iand__({2, 3, 9}), S(x), x.__isub__({2}), S(x), x.__ixor__({7, 3}), S(x))
print(x.__ior__([1]), x.__iand__(5), x.__isub__('a'), x.__ixor__(()))
print(a.__len__(), a.__contains__(2), sorted(a.__iter__()), a.__hash__ is None, set.__new__(set), set.__class_getitem__(int))
print(S(a & b), S(a | b), S(a - b), S(a ^ b), a < a | b, a <= a, b > {4}, a >= {9}, a == {3, 2, 1}, a != frozenset(a))
f = frozenset({1, 2})
g = f.__or__({3})
print(type(g).__name__, S(g), type({3} | f).__name__, type(f & {1}).__name__, type({1} - f).__name__, type(f ^ f).__name__)
y = set()
y |= {5}
y &= {5, 6}
y -= {6}
y ^= {7}
print(S(y), set.__init__(y, [1, 2]), S(y), y.__init__(), y)
run('and list op', lambda: a & [1])
run('or op int', lambda: a | 1)
run('sub tuple op', lambda: a - (1,))
run('xor str op', lambda: a ^ 'a')
run('iand list op', lambda: exec('z = {1}\nz &= [1]'))
run('lt list op', lambda: a < [1])
run('ior unhashable', lambda: x.__ior__({1: 2}))
run('unbound', lambda: set.__or__([1], {2}))
run('set hash', lambda: hash(a))
run('set of sets', lambda: {a})
run('new with two', lambda: set([1], [2]))
run('new with kw', lambda: set(x=1))
run('init non-iterable', lambda: set(1))
