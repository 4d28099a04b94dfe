# UnboundLocalError messages in 3.11 for locals, loop variables, exception variables, and after del.
x = 'global'
def uses_before_assign():
    print(x)
    x = 'local'
def augassign():
    x += 1
def loop_var():
    for i in []:
        pass
    return i
def in_branch(flag):
    if flag:
        y = 1
    return y
def after_del():
    z = 1
    del z
    return z
def except_var():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
def del_unbound():
    del never_bound
    never_bound = 1
for f in [uses_before_assign, augassign, loop_var, lambda: in_branch(False), after_del, except_var, del_unbound]:
    try:
        f()
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
print(in_branch(True))
