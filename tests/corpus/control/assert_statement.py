# assert with and without messages (run without -O).
assert True
assert 1 == 1, 'not shown'
for cond, msg in [(False, None), (0, 'zero is falsy'), ([], ['list', 'msg']), (None, 42)]:
    try:
        if msg is None:
            assert cond
        else:
            assert cond, msg
    except AssertionError as e:
        print('AssertionError', repr(e), e.args, str(e))
def check(x):
    assert x > 0, f'x must be positive, got {x}'
    return x
print(check(5))
try:
    check(-2)
except AssertionError as e:
    print(e)
print(__debug__)
calls = []
def side():
    calls.append(1)
    return 'msg'
assert True, side()
print('message evaluated only on failure:', calls)
