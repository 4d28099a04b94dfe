# Builtin constructors called with various iterables and keyword errors.
print(dict(a=1), dict([('a', 1)], b=2), dict(zip('ab', [1, 2])), dict({}), dict(dict(x=1)))
print(list(), list('ab'), list(range(3)), list({'k': 1}), list((1,)), list(x for x in 'xy'), list(b'ab'))
print(tuple(), tuple('ab'), tuple([1, [2]]), set('hello') == set('helo'), sorted(set([3, 1, 2])), frozenset('aab') == frozenset('ab'))
print(list(map(str, [1, 2])), tuple(reversed('abc')), set(), dict.fromkeys([1, 2], 'v'))
for call in [lambda: list(1), lambda: list('a', 'b'), lambda: tuple(1), lambda: dict(1, 2), lambda: set(1, 2), lambda: list(x=1),
             lambda: frozenset([[1]]), lambda: dict([[1, 2, 3]]), lambda: dict(['ab', 'cde'])]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(dict(['ab', 'cd']), list(list('ab')), type(list.__new__(list)).__name__)
