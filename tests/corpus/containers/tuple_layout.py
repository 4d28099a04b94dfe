# Tuples keep their items in the object's own allocation; subclasses put their instance
# dict between the fixed part and the items. These check that every kind of tuple
# reads, writes and frees its items correctly, and the identity shortcuts CPython takes.
import gc
import sys
import time


class Point(tuple):
    """A subclass with an instance dict."""


class Slotted(tuple):
    __slots__ = ()


class Both(Point):
    __slots__ = ()


# Like CPython's variable-size objects, tuples take no slots.
for base in (tuple, Point, int, bytes, type):
    for slots in (("a",), ("__dict__",), ("__weakref__",), ()):
        try:
            type("T", (base,), {"__slots__": slots})
            print(base.__name__, slots, "accepted")
        except TypeError as e:
            print(base.__name__, slots, e)


p = Point((1, 2, 3))
p.name = "p"
p.more = list(range(5))
print(p, p.name, p.more, len(p), p[1], p[-1], p[::-1], type(p[:2]).__name__)
s = Slotted("abc")
print(s, s[0] + s[2], list(reversed(s)), hasattr(s, "__dict__"))
b = Both([10, 20])
b.attr = {"k": (1, 2)}
print(b, b.attr, b + (30,), (0,) + b, b * 2, hash(b) == hash((10, 20)))
print(Point() == (), len(Slotted()), Both(range(50))[49])

# Big tuples and tuples of every small size, built by each path.
for n in range(0, 12):
    t = tuple(range(n))
    u = tuple(x for x in range(n))
    v = t[:]
    w = () + t + ()
    print(n, t == u == v == w, v is t, w is t, t[1:] + t[:1], t * 2 == t + t)
big = tuple(str(i) for i in range(100000))
print(len(big), big[0], big[-1], big[50000:50003], sum(map(len, big)))
del big

# Full slices and concatenation with an empty tuple return the same exact tuple, as in
# CPython; a subclass always gives a new exact tuple.
t = (1, 2, 3)
print(t[:] is t, t[0:3] is t, t[::1] is t, t[0:] is t, t[:3:1] is t, t[-3:] is t)
print(t + () is t, () + t is t, t[::-1] is t, t[1:] is t)
print(type(p[:]) is tuple, p[:] is p, type(p + ()) is tuple, (p + ()) is p)

# Items are released when the tuple dies, last first, and a finalizer sees a whole tuple.
order = []


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        order.append(self.name)


t = (Noisy("a"), Noisy("b"), Noisy("c"))
del t
print(order)
order.clear()
x = Point((Noisy("p1"), Noisy("p2")))
x.friend = Noisy("friend")
del x
print(order)

# A tuple in a cycle through its subclass dict is collected.
order.clear()
c = Point((Noisy("cyc"),))
c.me = c
del c
gc.collect()
print(order)

# Tuples made by builtins: struct sequences, divmod, dict items, enumerate, zip.
st = time.gmtime(0)
print(st[:6], st.tm_year, len(st), type(st).__name__, isinstance(st, tuple))
print(divmod(17, 5), list({"a": 1, "b": 2}.items()), list(enumerate("xy")), list(zip("ab", "cd")))
print(sys.version_info[:2] == (3, 11), sys.version_info[0], type(sys.flags).__name__)
print(int | str, (int | str).__args__, type(int | None).__name__)

# Unpacking and star-args go through tuples too.
def f(*args, **kw):
    return args, sorted(kw.items())


print(f(), f(1), f(*range(7), k=(1, 2)))
a, *rest = (1, 2, 3, 4)
print(a, rest)
print(sys.getsizeof(()) <= sys.getsizeof((1,)) < sys.getsizeof((1, 2, 3)))

# Empty results are the empty tuple itself, whatever the operands' types.
print(Point() + Point() is (), Point()[:] is (), (1, 2)[5:] is (), Slotted() * 3 is ())
