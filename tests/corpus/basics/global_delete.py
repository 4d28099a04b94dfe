# DELETE_GLOBAL: `del` of a name declared global inside a function, and its errors.
counter = 10
flag = "set"


def drop_counter():
    global counter
    del counter


def drop_missing():
    global never_defined
    del never_defined


def drop_twice():
    global flag
    del flag
    try:
        del flag
    except NameError as e:
        print("second del:", type(e).__name__, e)


drop_counter()
print("counter" in globals())
try:
    print(counter)
except NameError as e:
    print(type(e).__name__, e)

try:
    drop_missing()
except NameError as e:
    print(type(e).__name__, e)

drop_twice()
print(sorted(k for k in globals() if not k.startswith("__") and not callable(globals()[k])))


def rebind_after_delete():
    global counter
    counter = 5
    del counter
    counter = 7
    return counter


print(rebind_after_delete(), counter)
