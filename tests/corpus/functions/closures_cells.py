# Closures over variables, cell contents, late binding, __closure__.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())
print(c1.__closure__[0].cell_contents, c1.__code__.co_freevars, make_counter.__code__.co_cellvars)
def adders():
    fs = []
    for i in range(3):
        fs.append(lambda x: x + i)
    return fs
print([f(10) for f in adders()])
def outer():
    x = 'outer x'
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def shared():
    v = []
    def add(x):
        v.append(x)
    def get():
        return list(v)
    return add, get
add, get = shared()
add(1); add(2)
print(get())
def rebind():
    x = 1
    def show():
        return x
    x = 2
    return show()
print(rebind())
def cell_before_assign():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 5
    return inner()
print(cell_before_assign())
def arg_cell(a):
    def get():
        return a
    a = a * 2
    return get
print(arg_cell(21)())
print(make_counter.__closure__, (lambda: 0).__closure__)
