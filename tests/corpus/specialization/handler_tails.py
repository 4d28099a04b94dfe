# The handlers' rare paths that now run as jumps at their end: float results written into a
# temporary operand, ints past the inline range, truth of objects, frees of the last
# reference in the middle of superinstructions, iterators reaching their end.
import sys


class F(float):
    pass


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Truth:
    def __init__(self, value):
        self.value = value

    def __bool__(self):
        print("bool of", self.value)
        return self.value


class Sized:
    def __len__(self):
        return 0


class BadBool:
    def __bool__(self):
        raise ValueError("no truth")


def floats():
    a = 1.5
    b = 2.25
    total = 0.0
    for i in range(200):
        # Temporaries on the left, on the right, on both sides, and no temporary at all.
        t = (a * b + a) - (b / a)
        u = a + (b * 2.0)
        v = a * b
        total += t + u + v
    print(a, b, total)
    shared = [0.5] * 3
    r = shared[0] * 3.0 + shared[1]
    print(shared, r)
    x = F(2.5)
    for _ in range(100):
        y = x * 2.0
        z = (x + 1.0) * x
    print(type(y).__name__, y, type(z).__name__, z, type(x).__name__, x)
    n = 10
    m = n + 0.5
    print(m, n * 0.25, 3 - 0.5 * n)


def big_ints():
    k = 1 << 61
    out = []
    for i in range(100):
        out.append(k + k + i)
    print(out[0], out[-1], type(out[-1]).__name__)
    j = -(1 << 62)
    for i in range(100):
        w = j - 1 - i
    print(w)
    for v in range((1 << 62) - 2, (1 << 62) + 2):
        print(v)


def truth():
    values = [0, 1, -3, None, True, False, 0.0, 2.5, "", "x", [], [0], Truth(True),
              Truth(False), Sized()]
    for _ in range(3):
        for v in values:
            if v:
                s = "yes"
            else:
                s = "no"
            if not v:
                s += "/not"
            print(type(v).__name__, s, end="; ")
        print()
    for _ in range(2):
        try:
            if BadBool():
                print("unreachable")
        except ValueError as e:
            print("ValueError", e)
        try:
            print(not BadBool())
        except ValueError as e:
            print("ValueError", e)


def frees():
    for i in range(2):
        a = Noisy("first %d" % i)
        b = Noisy("second %d" % i)
        print("rebinding")
        a, b = b, a
        print("swapped", a.name, b.name)
        a = b = None
        print("cleared")
    x = Noisy("loaded")
    y = Noisy("stored")
    for i in range(2):
        y = x
        z = y
        print("superinstruction", z.name)
    del x, y, z
    print("is:", Noisy("left") is Noisy("right"))


def iterators():
    data = [Noisy("item %d" % i) for i in range(3)]
    it = iter(data)
    del data
    for d in it:
        print("got", d.name)
    del d
    print("exhausted list iterator")
    print(list(it))
    t = tuple(range(5))
    for _ in range(3):
        print(sum(x for x in t), [x for x in t if x % 2])
    for i in range(3, 0, -1):
        print(i, end=" ")
    print()
    for i in range(sys.maxsize - 2, sys.maxsize):
        print(i)


def unbound():
    for i in range(3):
        try:
            if i == 2:
                del q
            q = i
            print(q + i)
        except UnboundLocalError as e:
            print("UnboundLocalError", e)

    def outer():
        def inner():
            return cell
        try:
            inner()
        except NameError as e:
            print("NameError", e)
        cell = 1
        return inner()
    print(outer())


def sequences():
    lst = [10, 20, 30]
    tup = (1, 2, 3)
    for _ in range(50):
        s = lst[0] + lst[-1] + tup[1] + tup[-3]
    print(s)
    for i in (0, 2, -1, 5, -7):
        try:
            print(lst[i], tup[i])
        except IndexError as e:
            print("IndexError", e)
    key = []
    for _ in range(3):
        lst.sort(key=lambda v: key.append(lst[0] if lst else None) or -v)
    print(lst, len(key), key[:3])


floats()
big_ints()
truth()
frees()
iterators()
unbound()
sequences()
print("done")
