# global and nonlocal declarations.
g = 'global'
def read_global():
    return g
def write_global():
    global g
    g = 'changed'
def shadow():
    g = 'local'
    return g
print(read_global(), shadow(), g)
write_global()
print(g)
def make_new_global():
    global brand_new
    brand_new = 42
make_new_global()
print(brand_new)
def outer():
    x = 1
    def mid():
        nonlocal x
        x += 1
        def inner():
            nonlocal x
            x *= 10
        inner()
    mid()
    return x
print(outer())
def unbound():
    try:
        print(g)
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
    g = 1
unbound()
def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
    def dec():
        nonlocal n
        n -= 1
    def get():
        return n
    return inc, dec, get
i, d, gt = counter_pair()
i(); i(); d(); i()
print(gt())
x = 'module'
class C:
    x = 'class'
    def m(self):
        return x
    y = [x for _ in range(1)]
print(C().m(), C.y)
def globals_in_nested():
    def inner():
        global x
        x = 'set from inner'
    inner()
globals_in_nested()
print(x)
