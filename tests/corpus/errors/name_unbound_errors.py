# NameError, UnboundLocalError and free-variable errors in functions, closures, classes, comprehensions, del.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

def use_undefined():
    return undefined_name
def unbound_local():
    print(x_local)
    x_local = 1
def unbound_after_del():
    y = 1
    del y
    return y
def free_var_unbound():
    def inner():
        return z
    r = inner()
    z = 1
    return r
def free_var_deleted():
    z = 1
    def inner():
        return z
    del z
    return inner()
def del_unbound():
    del never
def del_global_missing():
    global gone
    del gone
def global_missing():
    global never_defined
    return never_defined
def class_body_name():
    class C:
        a = missing_in_class
    return C
def class_sees_local():
    v = 'local'
    class C:
        w = v
    return C.w
def comprehension_name():
    return [q for _ in range(2)]
def comprehension_iter_unbound():
    items = [u for u in data]
    data = []
    return items
def augmented_unbound():
    counter += 1
def conditional_def(flag):
    if flag:
        val = 1
    return val
def except_var_cleared():
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    return err
def nonlocal_unbound():
    n = 0
    def inner():
        nonlocal n
        del n
        return n
    return inner()
for fn in (use_undefined, unbound_local, unbound_after_del, free_var_unbound, free_var_deleted, del_unbound,
           del_global_missing, global_missing, class_body_name, class_sees_local, comprehension_name,
           comprehension_iter_unbound, augmented_unbound, lambda: conditional_def(True), lambda: conditional_def(False),
           except_var_cleared, nonlocal_unbound):
    try:
        print(fn.__name__, '=', fn())
    except NameError as e:
        print(fn.__name__, '->', type(e).__name__, e, '| isinstance NameError:', isinstance(e, NameError), '| name:', e.name)
run('module level del', lambda: exec('del not_here'))
run('module level load', lambda: exec('print(not_here)'))
run('exec in custom globals', lambda: exec('x', {}))
run('eval name', lambda: eval('zzz + 1'))
run('builtins name ok', lambda: eval('len'))
run('eval with locals', lambda: eval('a + b', {'a': 1}, {'b': 2}))
run('eval missing with locals', lambda: eval('a + c', {'a': 1}, {'b': 2}))
run('NameError direct', lambda: exec('raise NameError("custom", name="nm")'))
