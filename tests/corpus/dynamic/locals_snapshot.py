# locals() in a function: one dict per frame, refreshed from the fast locals on every call.
import sys


def same_dict():
    a = 1
    first = locals()
    b = 2
    second = locals()
    return first is second, sorted(first), sorted(second)


print(same_dict())


def deleted_names_leave():
    x = 1
    y = 2
    snap = locals()
    del x
    locals()
    return sorted(k for k in snap if k != "snap")


print(deleted_names_leave())


def exec_adds_names():
    exec("made = 40 + 2")
    before = "made" in locals()
    other = 5
    return before, locals().get("made"), sorted(locals())


print(exec_adds_names())


def writes_do_not_reach_locals():
    value = "original"
    locals()["value"] = "changed"
    return value, locals()["value"]


print(writes_do_not_reach_locals())


def closure_cells():
    outer = "cell"

    def inner():
        return outer

    names = sorted(locals())
    return names, inner()


print(closure_cells())


def frame_f_locals():
    k = 3
    f = sys._getframe()
    return f.f_locals is locals(), f.f_locals["k"]


print(frame_f_locals())


def caller_locals():
    secret = "seen by callee"
    return peek()


def peek():
    return sys._getframe(1).f_locals.get("secret")


print(caller_locals())
print(locals() is globals())
