# str.format: positional, keyword, indexing, attributes, conversions, nested specs, escapes.
class P:
    x = 3
    y = [10, 20]
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'p-str'
print('{} {} {}'.format(1, 'two', 3.0), '{2}{1}{0}'.format('a', 'b', 'c'), '{0}{0}'.format('r'))
print('{name} is {age}'.format(name='Ann', age=30), '{0[1]} {0[0]}'.format(['x', 'y']), '{d[key]}'.format(d={'key': 'v'}))
print('{p.x} {p.y[1]} {p!r} {p!s} {p}'.format(p=P()), '{!a}'.format('é'), '{0!r:>10}'.format('hi'))
print('{{}} {{{}}}'.format(5), '{:{w}.{p}f}'.format(3.14159, w=10, p=2), '{:{}{}}'.format('x', '>', 5))
print('{:>{width}}'.format('r', width=6), '{0:{1}}'.format(12, 'x'), '{:%}'.format(0.25), '{:,}'.format(1234567))
print('{0[0]}'.format('abc'), '{0[-1]}'.format({'-1': 'neg'}), '{a[0][1]}'.format(a=[[1, 2]]))
print(format('abc', '^9'), format('abc', '*<7'), format('abc', '.2'), format('abc', '10.1'), format('abc', ''))
for tpl, args, kwargs in [('{', (), {}), ('}', (), {}), ('{0}{}', (1, 2), {}), ('{}{0}', (1, 2), {}), ('{1}', (1,), {}),
                          ('{x}', (), {}), ('{0.nope}', (1,), {}), ('{0[5]}', ([1],), {}), ('{!x}', (1,), {}),
                          ('{:d}', ('a',), {}), ('{:s}', (1,), {}), ('{0:=5}', ('ab',), {}), ('{:,d}', (1.5,), {}),
                          ('{0[a}', ([1],), {}), ('{:>{}}', ('x',), {}), ('{a.b', (), {'a': 1})]:
    try:
        print(repr(tpl.format(*args, **kwargs)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(tpl, type(e).__name__, e)
print('{0:{fill}{align}{width}}'.format('mid', fill='-', align='^', width=11))
print('{:+} {:-} {: }'.format(5, 5, 5), '{:#x} {:#o} {:#b}'.format(255, 8, 5), '{:c}'.format(97))
print('{}'.format(None), '{}'.format([1, 'a']), '{}'.format((1,)), '{!r}'.format('q'))
