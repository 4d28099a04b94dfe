# Every binary operator applied to mismatched builtin types: exact TypeError messages (and successes).
ops = [
    ('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b), ('/', lambda a, b: a / b),
    ('//', lambda a, b: a // b), ('%', lambda a, b: a % b), ('**', lambda a, b: a ** b), ('@', lambda a, b: a @ b),
    ('<<', lambda a, b: a << b), ('>>', lambda a, b: a >> b), ('&', lambda a, b: a & b), ('|', lambda a, b: a | b),
    ('^', lambda a, b: a ^ b), ('divmod', lambda a, b: divmod(a, b)), ('pow3', lambda a, b: pow(a, b, 5)),
]
class User:
    def __repr__(self):
        return 'User()'
values = [1, 2.5, 1j, True, 'ab', [1], (1,), {1: 2}, {1}, frozenset([2]), None, range(2), User(), len, ...]
for name, op in ops:
    print('== operator', name)
    for a in values:
        line = []
        for b in values:
            try:
                r = op(a, b)
                line.append('ok')
            except Exception as e:
                msg = str(e)
                line.append('%s' % type(e).__name__[:4])
                if not msg.startswith('unsupported operand') and not msg.startswith("can't multiply") \
                        and not msg.startswith('can only concatenate'):
                    print('  %r %s %r: %s: %s' % (a, name, b, type(e).__name__, msg))
        print(' ', repr(a)[:10].ljust(10), ' '.join(x.ljust(4) for x in line))
samples = [(1, 'a'), ('a', 1), ([1], 'a'), ((1,), [1]), (None, None), ({}, {}), (User(), 1), (1, User()),
           (len, len), ('a', 'b'), ([1], (1,)), ({1}, [1]), (range(1), range(1)), (1.5, 'x')]
for name, op in ops:
    for a, b in samples:
        try:
            op(a, b)
        except TypeError as e:
            print(name, type(a).__name__, type(b).__name__, '->', e)
