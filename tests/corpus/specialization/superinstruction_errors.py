# An unbound local read by the second half of a superinstruction (LOAD_FAST__LOAD_FAST,
# STORE_FAST__LOAD_FAST): the error and its traceback point at that second instruction.
def f(flag):
    a = 1
    if flag:
        b = 2
    return a + b
def g(flag):
    if flag:
        x = 1
    y = x
    return y
for fn in (f, g):
    try:
        fn(False)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
f(False)
