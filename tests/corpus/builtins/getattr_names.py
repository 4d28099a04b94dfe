# getattr/setattr/hasattr/delattr with names that are not the interned copies of their text
# (built at run time, str subclasses): the same attributes, and a subclass name object is
# kept as it is, as CPython does.
class S(str):
    pass


class P:
    x = 1

    def __getattr__(self, n):
        return "dyn:" + n


p = P()
print(getattr(p, S("x")), getattr(p, "x"), getattr(p, "y" * 2), hasattr(p, "".join(["x"])))
print(getattr(p, chr(120)), getattr(p, "".join(["mis", "sing"])), getattr(P, "x" + ""))
setattr(p, S("z"), 5)
print(p.z, p.__dict__, type(list(p.__dict__)[0]).__name__)
setattr(p, "w" + "v", 6)
print(p.wv, getattr(p, "wv"), type(list(p.__dict__)[1]).__name__)
delattr(p, "".join(["w", "v"]))
print(p.__dict__, hasattr(p, S("z")))
setattr(P, S("m"), lambda self: "method")
print(p.m(), getattr(p, "m")(), P.__dict__["m"].__name__)
for bad in (1, None, b"x"):
    for f in (getattr, hasattr, delattr):
        try:
            f(p, bad)
        except TypeError as e:
            print(f.__name__, e)
    try:
        setattr(p, bad, 1)
    except TypeError as e:
        print("setattr", e)
