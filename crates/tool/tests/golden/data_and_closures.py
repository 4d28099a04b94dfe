# Constants of every kind, comprehensions, closures, f-strings and pattern matching.
INTS = (0, 1, -1, 255, 256, 2**31 - 1, 2**31, -2**31, 2**63, -2**64, 10**40)
FLOATS = (0.0, -0.0, 1.5, 1e16, 1e-5, 123456789.125, float("inf"), 2.5e-310)
COMPLEX = (1j, -2j, 1.5 + 0j, (1 + 2j), -0j)
TEXT = ("", "a'b", 'a"b', "both ' and \"", "tab\tnew\nline", "\x00\x7f\x80\xad", "é ü ß",
        "\u200b\u2028", "\U0001f600", "\ud800 lone", "\ue000 private")
BLOBS = (b"", b"\x00\xff", b"it's", b'say "hi"', bytes(range(20)))
NESTED = ((1, (2, (3,))), ((),), (None, True, False, ...))


def outer(a, b=2, *args, c, d=4, **kwargs):
    total = a + b

    def inner(x):
        nonlocal total
        total += x
        return total * c

    squares = [i * i for i in args if i % 2]
    pairs = {k: v for k, v in kwargs.items()}
    unique = {i for i in args}
    lazy = (i for i in args)
    return inner, squares, pairs, unique, lazy, f"{a!r:>10} {b:.3f} {c!s} {d!a} {total=}"


def match_it(value):
    match value:
        case {"kind": "point", "x": x, "y": y}:
            return x + y
        case [1, 2, *rest]:
            return rest
        case str() | bytes() as s if len(s) > 3:
            return s
        case Point(x=0, y=y):
            return y
        case _:
            return None


def members(x):
    return x in {"alpha", "beta", "gamma"}, x not in {1, 2, 3}, x in {1.5, "mixed", (1, 2)}


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


global_value = 1


def use_global():
    global global_value
    global_value <<= 3
    a, *b, c = range(10)
    return a, b, c, global_value @ 1 if False else -global_value
