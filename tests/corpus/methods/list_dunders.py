# list dunder methods called directly, including NotImplemented returns and errors.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

a = [1, 2, 3]
print(a.__len__(), a.__getitem__(0), a.__getitem__(-1), a.__getitem__(slice(0, 2)), a.__contains__(2))
print(a.__add__([4]), a.__mul__(2), a.__rmul__(2), a.__mul__(-1), list(a.__iter__()), list(a.__reversed__()))
print(a.__eq__([1, 2, 3]), a.__ne__([1]), a.__lt__([1, 3]), a.__le__([1, 2, 3]), a.__gt__([0]), a.__ge__([2]))
print(a.__eq__((1, 2, 3)), a.__lt__((1,)), a.__add__((4,)) if False else 'skip', a.__repr__(), a.__str__())
b = [1, 2]
print(b.__iadd__([3]), b, b.__iadd__((4,)), b.__iadd__('x'), b, b.__imul__(2), b)
c = [0, 1, 2, 3, 4, 5]
print(c.__setitem__(0, 'z'), c, c.__setitem__(slice(1, 3), ['a', 'b', 'c']), c, c.__delitem__(0), c)
print(c.__delitem__(slice(None, None, 2)), c, c.__setitem__(slice(None, None, -1), c[:]), c)
print(list.__new__(list), list.__new__(list, [1, 2]), list.__init__(c, 'ab'), c, c.__init__(), c)
print(list.__class_getitem__(int), list[int], a.__hash__ is None, a.__sizeof__() > 0)
print(a.__format__(''), a.__reduce_ex__(2)[1:3])
run('getitem range', lambda: a.__getitem__(5))
run('getitem str', lambda: a.__getitem__('x'))
run('getitem float', lambda: a[1.0])
run('getitem None', lambda: a[None])
run('setitem range', lambda: a.__setitem__(5, 0))
run('delitem range', lambda: a.__delitem__(5))
run('add tuple', lambda: a.__add__((4,)))
run('add op tuple', lambda: a + (4,))
run('add op str', lambda: a + 'x')
run('mul float', lambda: a * 1.5)
run('imul str', lambda: b.__imul__('x'))
run('iadd int', lambda: b.__iadd__(5))
run('slice assign wrong size', lambda: c.__setitem__(slice(None, None, 2), [1]))
run('slice assign non-iterable', lambda: c.__setitem__(slice(0, 1), 5))
run('slice step zero', lambda: a[::0])
run('format spec', lambda: a.__format__('>5'))
run('hash', lambda: hash(a))
run('lt mixed', lambda: [1, 'a'] < [1, 2])
run('mul huge', lambda: [1] * (2 ** 63))
