#!/usr/bin/env python3
"""Generate crates/bytecode/tests/data/set_order_cases.txt.

The file holds expected CPython results for the `set_order` module of the
bytecode crate: Python `hash()` values of constants, and the iteration order of
frozensets built the way marshal builds them when it loads a .pyc (an empty
frozenset, then one add per element in stream order).

The expectations depend on the interpreter (CPython 3.11, 64-bit) and on hash
randomization being off, so the script re-runs itself with PYTHONHASHSEED=0.
Cases come from a fixed random seed, so the output is reproducible.

Usage (from the repository root):

    python3 scripts/gen_set_order_cases.py

File format, one record per line (`#` starts a comment line):

    H <hash> <value>
    O <i,j,k,...> : <value> <value> ...

An `O` line lists the elements in stream order, and the indices (into that
list) in the order the loaded frozenset iterates them. A value is written in
prefix notation, tokens separated by spaces:

    i<decimal>          int (any size)
    T / F               True / False
    f<16 hex digits>    float, by its IEEE-754 bits
    c<hex>,<hex>        complex, real and imaginary bits
    s<text>             str: [0-9A-Za-z_] stand for themselves, any other code
                        point is ~<hex>;  (the empty string is just `s`)
    b<hex>              bytes (the empty bytes is just `b`)
    t<n> <n values>     tuple
    z<n> <n values>     frozenset (elements in its own iteration order)
"""

import marshal
import os
import pathlib
import random
import string
import struct
import subprocess
import sys

OUTPUT = (
    pathlib.Path(__file__).resolve().parent.parent
    / "crates"
    / "bytecode"
    / "tests"
    / "data"
    / "set_order_cases.txt"
)

PLAIN = set(string.ascii_letters + string.digits + "_")
MODULUS = (1 << 61) - 1


def encode(value):
    """The prefix-notation tokens of one value."""
    if value is True:
        return ["T"]
    if value is False:
        return ["F"]
    if isinstance(value, int):
        return ["i%d" % value]
    if isinstance(value, float):
        return ["f%016x" % struct.unpack("<Q", struct.pack("<d", value))[0]]
    if isinstance(value, complex):
        re = struct.unpack("<Q", struct.pack("<d", value.real))[0]
        im = struct.unpack("<Q", struct.pack("<d", value.imag))[0]
        return ["c%016x,%016x" % (re, im)]
    if isinstance(value, str):
        return ["s" + "".join(c if c in PLAIN else "~%x;" % ord(c) for c in value)]
    if isinstance(value, bytes):
        return ["b" + value.hex()]
    if isinstance(value, tuple):
        tokens = ["t%d" % len(value)]
        for item in value:
            tokens += encode(item)
        return tokens
    if isinstance(value, frozenset):
        tokens = ["z%d" % len(value)]
        for item in value:
            tokens += encode(item)
        return tokens
    raise TypeError(type(value))


def load_like_marshal(items):
    """The frozenset marshal.loads builds from a stream listing `items` in order."""
    # Version 2 writes no reference flags, so the per-item streams can be concatenated.
    body = b"".join(marshal.dumps(item, 2) for item in items)
    stream = b">" + struct.pack("<i", len(items)) + body
    return marshal.loads(stream)


def expected_order(items):
    loaded = load_like_marshal(items)
    order = []
    for element in loaded:
        # The set kept the first of each group of equal items.
        order.append(next(i for i, item in enumerate(items) if item == element))
    # Cross-check against a set grown with add() in the same order.
    grown = set()
    for item in items:
        grown.add(item)
    # (Compared with ==, not repr: a nested frozenset's own order changes when reloaded.)
    assert len(grown) == len(loaded), items
    assert all(a == b for a, b in zip(grown, loaded)), items
    assert sorted(order) == sorted(set(order))
    return order


# ---------------------------------------------------------------------------
# Value generators


def rand_text(rng, alphabet, max_len):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, max_len)))


ASCII = string.ascii_letters + string.digits + "_ !'\"\\\n\t~;"
LATIN1 = [chr(c) for c in range(0x80, 0x100)] + list("abc")
BMP = [chr(c) for c in (0x100, 0x3B1, 0x416, 0x4E2D, 0x6587, 0xFFFD, 0xFFFF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0x2028)] + list("xy\xe9")
ASTRAL = [chr(c) for c in (0x10000, 0x1F600, 0x1F40D, 0x10FFFF, 0x20000)] + list("q\xff\u0101")


def rand_str(rng):
    kind = rng.random()
    if kind < 0.5:
        return rand_text(rng, ASCII, rng.choice([3, 8, 20, 40]))
    if kind < 0.7:
        return rand_text(rng, LATIN1, 12)
    if kind < 0.9:
        return rand_text(rng, BMP, 12)
    return rand_text(rng, ASTRAL, 8)


SPECIAL_INTS = [
    0, 1, -1, -2, 2, 255, 256, -256, 1000003,
    MODULUS, MODULUS - 1, MODULUS + 1, -MODULUS, -MODULUS - 1, -(MODULUS + 1),
    2 * MODULUS + 1, -(2 * MODULUS + 1),
    2**61, 2**62, 2**63 - 1, -(2**63), 2**63, -(2**63) - 1, 2**64, -(2**64), 2**64 - 1,
    2**100, -(2**100), 10**30, -(10**30), 3**200, -(7**150),
]


def rand_int(rng):
    kind = rng.random()
    if kind < 0.3:
        return rng.choice(SPECIAL_INTS)
    if kind < 0.6:
        return rng.randint(-1000, 1000)
    if kind < 0.8:
        return rng.randint(-(2**63), 2**63 - 1)
    bits = rng.randint(64, 400)
    return rng.choice([1, -1]) * rng.getrandbits(bits)


SPECIAL_FLOATS = [
    0.0, -0.0, 1.0, -1.0, -2.0, 0.5, -0.5, 1.5, 2.0**61, 2.0**61 - 2**9, 2.0**63,
    -(2.0**63), 2.0**64, 1e300, -1e300, 5e-324, -5e-324, 2.2250738585072014e-308,
    1.7976931348623157e308, float("inf"), float("-inf"), 0.1, 1e-10, 3.141592653589793,
    float(MODULUS), 1e16, 123456789.0,
]


def rand_float(rng):
    kind = rng.random()
    if kind < 0.3:
        return rng.choice(SPECIAL_FLOATS)
    if kind < 0.5:
        return float(rng.randint(-(10**6), 10**6))
    if kind < 0.8:
        return rng.uniform(-1e6, 1e6)
    while True:
        bits = rng.getrandbits(64)
        value = struct.unpack("<d", struct.pack("<Q", bits))[0]
        if value == value:
            return value


def rand_complex(rng):
    return complex(rand_float(rng), rng.choice([0.0, -0.0, 1.0, rand_float(rng)]))


def rand_bytes(rng):
    return bytes(rng.getrandbits(8) for _ in range(rng.randint(0, rng.choice([4, 16, 40]))))


def rand_scalar(rng):
    kind = rng.random()
    if kind < 0.35:
        return rand_str(rng)
    if kind < 0.6:
        return rand_int(rng)
    if kind < 0.75:
        return rand_float(rng)
    if kind < 0.82:
        return rand_complex(rng)
    if kind < 0.95:
        return rand_bytes(rng)
    return rng.choice([True, False])


def rand_value(rng, depth=0):
    kind = rng.random()
    if depth < 3 and kind < 0.12:
        return tuple(rand_value(rng, depth + 1) for _ in range(rng.randint(0, 4)))
    if depth < 3 and kind < 0.17:
        return frozenset(rand_value(rng, depth + 1) for _ in range(rng.randint(0, 4)))
    return rand_scalar(rng)


# ---------------------------------------------------------------------------
# Element lists for the order cases


def short_ident(rng):
    first = rng.choice(string.ascii_letters + "_")
    return first + rand_text(rng, string.ascii_letters + string.digits + "_", 7)


def case_lists(rng):
    """Yields (comment, items) pairs."""
    for n in range(1, 41):
        yield "identifiers", [short_ident(rng) for _ in range(n)]
    for n in list(range(41, 201, 7)) + [200]:
        yield "identifiers", [short_ident(rng) for _ in range(n)]
    int_sizes = [1, 2, 5, 6, 7, 10, 19, 20, 40, 77, 78, 150, 200]
    for n in int_sizes:
        yield "consecutive ints", list(range(n))
    for n in int_sizes:
        yield "consecutive ints, reversed", list(range(n))[::-1]
    for n in int_sizes:
        start = rng.randint(-(10**6), 10**6)
        yield "consecutive ints, offset", list(range(start, start + n))
    for n in int_sizes:
        yield "strided ints", [i * 8 for i in range(n)]
        yield "strided ints", [i * 32 for i in range(n)]
    for n in int_sizes:
        yield "negative ints", [-i for i in range(n)]
    for n in range(1, 30):
        yield "random ints", [rand_int(rng) for _ in range(n)]
    for n in range(1, 30):
        yield "random floats", [rand_float(rng) for _ in range(n)]
    for n in range(1, 45):
        yield "random strings", [rand_str(rng) for _ in range(n)]
    for n in list(range(60, 201, 20)):
        yield "single characters", [chr(rng.choice([rng.randint(32, 126), rng.randint(128, 0x2FFF), rng.randint(0x10000, 0x10FFFF)])) for _ in range(n)]
    for n in range(1, 30):
        yield "bytes", [rand_bytes(rng) for _ in range(n)]
    for n in range(1, 50):
        yield "mixed", [rand_value(rng) for _ in range(min(n, 20) if n % 4 else n)]
    for n in range(1, 25):
        yield "tuples", [tuple(rand_value(rng) for _ in range(rng.randint(0, 3))) for _ in range(n)]
    for n in range(1, 15):
        yield "frozensets", [frozenset(rand_value(rng) for _ in range(rng.randint(0, 3))) for _ in range(n)]
    numeric_dups = [0, 0.0, -0.0, False, 0j, 1, 1.0, True, 1 + 0j, 2, 2.0, 2 + 0j, -1, -1.0, 2**63, 2.0**63,
                    -(2**70), -(2.0**70), 0.5, 0.5 + 0j, 1e300, int(1e300)]
    for n in range(1, 30):
        items = [rng.choice(numeric_dups) for _ in range(n)]
        yield "numeric duplicates", items
    for n in range(2, 40):
        pool = [rand_value(rng) for _ in range(max(1, n // 3))]
        yield "repeated values", [rng.choice(pool) for _ in range(n)]
    # Values whose hashes collide: ints differing by multiples of the modulus.
    for n in range(2, 20):
        base = rng.randint(0, 100)
        yield "colliding ints", [base + k * MODULUS * rng.choice([1, -1]) for k in range(n)]
    yield "hash -1 and -2", [-1, -2, -1.0, -2.0, (-1,), (-2,)]


def hash_values(rng):
    for value in SPECIAL_INTS + SPECIAL_FLOATS:
        yield value
    for value in ["", "a", "\xe9", "\u0101", "\U00010000", "\ud800", "abcdefgh", "abcdefghi", b"", b"a",
                  (), (1,), ((),), frozenset(), frozenset([1]), frozenset([frozenset()]), frozenset([1, 1.0, True]),
                  complex(-1, 0), complex(0, -1), complex(float("inf"), 0), True, False]:
        yield value
    for length in range(0, 40):
        yield "".join(chr(rng.randint(32, 126)) for _ in range(length))
        yield bytes(rng.getrandbits(8) for _ in range(length))
    for _ in range(200):
        yield rand_str(rng)
    for _ in range(120):
        yield rand_int(rng)
    for _ in range(120):
        yield rand_float(rng)
    for _ in range(60):
        yield rand_complex(rng)
    for _ in range(60):
        yield rand_bytes(rng)
    for _ in range(100):
        yield tuple(rand_value(rng) for _ in range(rng.randint(0, 5)))
    for _ in range(60):
        yield frozenset(rand_value(rng) for _ in range(rng.randint(0, 6)))


def main():
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = dict(os.environ, PYTHONHASHSEED="0")
        sys.exit(subprocess.call([sys.executable, __file__] + sys.argv[1:], env=env))
    assert sys.version_info[:2] == (3, 11), "run under CPython 3.11"
    assert sys.hash_info.width == 64 and sys.hash_info.algorithm == "siphash13"

    rng = random.Random(20240611)
    lines = [
        "# Generated by scripts/gen_set_order_cases.py (run `python3 scripts/gen_set_order_cases.py`",
        "# from the repository root); expectations from CPython %s with PYTHONHASHSEED=0."
        % sys.version.split()[0],
        "# Format: see the script's docstring.",
    ]
    hashes = 0
    for value in hash_values(rng):
        lines.append("H %d %s" % (hash(value), " ".join(encode(value))))
        hashes += 1
    orders = 0
    last_comment = None
    for comment, items in case_lists(rng):
        if comment != last_comment:
            lines.append("# " + comment)
            last_comment = comment
        order = expected_order(items)
        tokens = []
        for item in items:
            tokens += encode(item)
        lines.append("O %s : %s" % (",".join(map(str, order)), " ".join(tokens)))
        orders += 1
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="ascii")
    print("wrote %s: %d hash cases, %d order cases, %d bytes"
          % (OUTPUT, hashes, orders, OUTPUT.stat().st_size))


if __name__ == "__main__":
    main()
