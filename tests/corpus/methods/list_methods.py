# list public methods: append clear copy count extend index insert pop remove reverse sort; errors.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

a = [3, 1, 2]
print(a.append(4), a, a.extend([5, 6]), a, a.extend('xy'), a, a.extend(range(2)), a, a.extend(()), a)
print(a.insert(0, 'first'), a.insert(-1, 'beforelast'), a.insert(100, 'end'), a.insert(-100, 'start'), a)
print(a.count(1), a.count('x'), a.count(99), a.index(1), a.index(1, 6), a.index('end', -1), a.index(2, 0, 5))
print(a.pop(), a.pop(0), a.pop(-2), a.pop(2), a)
print(a.remove('x'), a, a.remove(1), a)
b = a.copy()
print(b == a, b is a, b.reverse(), b, a.clear(), a, b.copy())
n = [5, 2, 9, 1, 5, 6]
print(n.sort(), n, n.sort(reverse=True), n, n.sort(key=lambda v: v % 3), n)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), words.sort(key=str.lower), words, words.sort(key=len, reverse=True), words)
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a')]
pairs.sort(key=lambda p: p[0])
print(pairs)
print([1.5, True, 0, -2].count(1), [[1], [1]].count([1]), [float('nan')].count(float('nan')))
nan = float('nan')
print([nan].count(nan), [nan].index(nan), nan in [nan])
run('index missing', lambda: [1, 2].index(3))
run('index missing str', lambda: ['a'].index('b'))
run('index range', lambda: [1, 2, 1].index(1, 1, 2))
run('index bad start', lambda: [1].index(1, 'x'))
run('pop empty', lambda: [].pop())
run('pop range', lambda: [1].pop(5))
run('pop str', lambda: [1].pop('0'))
run('remove missing', lambda: [1].remove(2))
run('insert one arg', lambda: [].insert(1))
run('insert float', lambda: [].insert(1.0, 2))
run('append two', lambda: [].append(1, 2))
run('append kw', lambda: [].append(x=1))
run('extend int', lambda: [].extend(5))
run('extend None', lambda: [].extend(None))
run('sort mixed', lambda: [1, 'a', 2].sort())
run('sort positional', lambda: [2, 1].sort(None))
run('sort bad key', lambda: [2, 1].sort(key=5))
run('sort bad kw', lambda: [2, 1].sort(cmp=None))
run('sort key raises', lambda: [2, 1].sort(key=lambda x: 1 / 0))
run('count none', lambda: [].count())
run('copy arg', lambda: [].copy(1))
run('clear arg', lambda: [].clear(1))
run('reverse arg', lambda: [].reverse(1))
run('unbound on tuple', lambda: list.append((), 1))
lst = [3, 1, 2]
def bad_key(x):
    lst.append(x)
    return x
run('modified during sort', lambda: lst.sort(key=bad_key))
print(lst)
