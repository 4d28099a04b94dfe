# str.join with various iterables and errors.
print(','.join(['a', 'b', 'c']), ''.join([]), '-'.join('xyz'), ', '.join(('1', '2')))
print(' '.join(str(i) for i in range(5)), '|'.join({'k': 1, 'j': 2}), '.'.join(['only']))
print('ab'.join(['x', 'y', 'z']), repr(''.join(['', '', ''])), '\n'.join(['l1', 'l2']))
class S(str):
    pass
print(type(''.join([S('a')])).__name__, ''.join([S('a'), S('b')]))
for bad in [['a', 1], [None], [b'x'], 5, ['a', 'b', 3.5]]:
    try:
        print(','.join(bad))
    except TypeError as e:
        print('TypeError', e)
try:
    ','.join()
except TypeError as e:
    print('TypeError', e)
def gen():
    yield 'p'
    yield 'q'
print('+'.join(gen()), '+'.join(map(str, [1, 2, 3])), '+'.join(sorted('cba')))
