# Unpacking error messages without exec.
def try_unpack2(value):
    try:
        a, b = value
        return ('ok', a, b)
    except (ValueError, TypeError) as e:
        return (type(e).__name__, str(e))
for v in [(1, 2), (1,), (1, 2, 3), [], 'ab', 'abc', 5, None, {1: 2, 3: 4}, range(5), iter([1])]:
    print(try_unpack2(v))
def try_star(value):
    try:
        a, *b, c = value
        return ('ok', a, b, c)
    except (ValueError, TypeError) as e:
        return (type(e).__name__, str(e))
for v in [(1, 2), (1,), (), 'xyz', 3.5]:
    print(try_star(v))
def gen(n):
    for i in range(n):
        yield i
for n in [1, 2, 3, 10]:
    try:
        a, b = gen(n)
        print('ok', a, b)
    except ValueError as e:
        print('ValueError', e)
