# dict dunders and views: keys/values/items set ops, mapping, reversed, |, |=, comparisons; errors.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

d = {'a': 1, 'b': 2, 'c': 3}
print(d.__len__(), d.__getitem__('a'), d.__contains__('b'), d.__contains__(1), list(d.__iter__()), list(d.__reversed__()))
print(d.__setitem__('d', 4), d.__delitem__('a'), d, d.__eq__({'b': 2, 'c': 3, 'd': 4}), d.__ne__({}), d.__lt__({}))
print(d.__or__({'e': 5}), d.__or__([1]), d.__ror__({'z': 0}), d.__repr__(), d.__hash__ is None)
e = dict(d)
print(e.__ior__({'f': 6}), e, e.__ior__([('g', 7)]), e, dict.__new__(dict), dict.__class_getitem__(int))
print(d | {'b': 20}, {'b': 20} | d, dict(a=1) == dict([('a', 1)]))
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), len(v), len(it), 'b' in k, 2 in v, ('b', 2) in it, ('b', 3) in it, ['b', 2] in it)
print(list(reversed(k)), list(reversed(v)), list(reversed(it)), list(k.__reversed__()))
print(sorted(k & {'b', 'x'}), sorted(k | {'x'}), sorted(k - {'b'}), sorted(k ^ {'b', 'x'}), sorted({'x', 'b'} - k))
print(sorted(k.__and__(['c'])), sorted(k.__rand__(['c', 'q'])), sorted(k.__ror__(['q'])), sorted(k.__rsub__('bq')),
      sorted(k.__rxor__(['b'])))
run('keys xor int', lambda: k.__xor__(5))
run('keys sub None', lambda: k.__sub__(None))
print(sorted(it & {('b', 2)}), sorted(it - {('b', 2)}), sorted(it | {('a', 1)}), it ^ set() == set(it))
print(k.isdisjoint(['x']), k.isdisjoint('b'), it.isdisjoint([('c', 3)]), k == {'b', 'c', 'd'}, k == ['b', 'c', 'd'])
print(k <= {'b', 'c', 'd', 'e'}, k < {'b', 'c', 'd'}, k > set(), it >= {('b', 2)}, v == v, v == d.values())
print(k.mapping, v.mapping == d, type(it.mapping).__name__, it.mapping['c'])
print(type(k).__name__, type(v).__name__, type(it).__name__, type(iter(k)).__name__, type(iter(v)).__name__,
      type(iter(it)).__name__, type(reversed(k)).__name__)
d['z'] = 26
print(k, v, it)
run('getitem missing', lambda: d.__getitem__('nope'))
run('getitem missing tuple', lambda: d[(1, 2)])
run('getitem unhashable', lambda: d[[1]])
run('delitem missing', lambda: d.__delitem__('nope'))
run('setitem unhashable', lambda: d.__setitem__([], 1))
run('or list', lambda: d | [1])
run('ior bad', lambda: e.__ior__(5))
run('lt', lambda: d < d)
run('keys index', lambda: k[0])
run('values set op', lambda: v & {1})
run('view hash', lambda: hash(k))
run('items unhashable and', lambda: it & [[1]])
run('mapping set', lambda: setattr(k, 'mapping', {}))
run('keys and int', lambda: k & 5)
def mutate():
    for key in d:
        d['new' + key] = 1
run('changed size', mutate)
def mutate_keys():
    for key in d.keys():
        del d[key]
run('changed size keys', mutate_keys)
