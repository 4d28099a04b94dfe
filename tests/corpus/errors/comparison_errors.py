# Ordering comparisons between incompatible types, chained comparisons, sort/min/max/bisect-like uses, == fallbacks.
class User:
    def __repr__(self):
        return 'User()'
values = [1, 2.5, 1j, True, 'ab', [1], (1,), {1: 2}, {1}, frozenset([1]), None, User(), range(1)]
for name, op in [('<', lambda a, b: a < b), ('<=', lambda a, b: a <= b), ('>', lambda a, b: a > b),
                 ('>=', lambda a, b: a >= b)]:
    for a in values:
        for b in values:
            try:
                op(a, b)
            except TypeError as e:
                if type(a) in (int, str, list, dict, set, type(None)) or type(b) is User:
                    print(repr(a), name, repr(b), '->', e)
for name, op in [('==', lambda a, b: a == b), ('!=', lambda a, b: a != b), ('is', lambda a, b: a is b),
                 ('in', lambda a, b: a in b)]:
    row = []
    for a, b in [(1, 1.0), (1, 'a'), ([1], (1,)), ({1: 2}, {1: 2}), ({1}, frozenset({1})), (None, 0), (1j, 1), (1, [1]),
                 ('a', 'abc'), (1, {1: 2}), ((1,), [(1,)]), (1, range(3))]:
        try:
            row.append(repr(op(a, b)))
        except Exception as e:
            row.append('%s(%s)' % (type(e).__name__, e))
    print(name, ' '.join(row))
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', repr(r))
run('chain', lambda: 1 < 2 < 'x')
run('chain short', lambda: 1 > 2 < 'x')
run('sorted mixed', lambda: sorted([3, 'a', 1]))
run('sorted None', lambda: sorted([None, 1]))
run('sorted dicts', lambda: sorted([{}, {}]))
run('min mixed', lambda: min(1, 'a'))
run('max lists', lambda: max([1, 2], [1, 'a']))
run('list lt nested', lambda: [[1, 2]] < [[1, 'x']])
run('tuple le', lambda: (1, None) <= (1, 2))
run('complex ge', lambda: 1j >= 1j)
run('set lt list', lambda: {1} < [1])
run('dict gt', lambda: {1: 2} > {1: 2})
run('in int', lambda: 1 in 5)
run('in None', lambda: 'a' in None)
run('in str int', lambda: 1 in 'abc')
run('not in dict unhashable', lambda: [] not in {})
class Broken:
    def __eq__(self, other):
        raise RuntimeError('eq exploded')
    def __lt__(self, other):
        raise RuntimeError('lt exploded')
    __hash__ = object.__hash__
run('broken eq in list', lambda: Broken() in [1, 2])
run('broken eq list index', lambda: [1, 2].index(Broken()))
run('broken eq identical', lambda: (lambda b: b in [b])(Broken()))
run('broken lt sorted', lambda: sorted([Broken(), Broken()]))
run('broken eq dict', lambda: {Broken(): 1} == {Broken(): 1})
class NoBool:
    def __bool__(self):
        raise ValueError('no truth')
run('not NoBool', lambda: not NoBool())
run('if NoBool', lambda: 1 if NoBool() else 2)
run('and NoBool', lambda: NoBool() and 1)
run('chain result truth', lambda: 1 < 2 < 3)
class CmpReturnsObj:
    def __lt__(self, other):
        return NoBool()
run('chain with nobool', lambda: CmpReturnsObj() < 1 < 2)
run('sorted with nobool', lambda: sorted([CmpReturnsObj(), CmpReturnsObj()]))
