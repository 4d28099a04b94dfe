#!/usr/bin/env python3
"""Compare Basilisk's location-table and exception-table decoders with CPython's.

usage: scripts/check_tables.py [--tool PATH] [--sample N] [DIR ...]

For every code object of every .pyc (default: the installed standard library), CPython's
`co_lines()`, `co_positions()` and `dis._parse_exception_table()` are printed in the form
`basilisk-tool tables` prints its own decoding, and the two are compared file by file.
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_dis import CRASHED, corpus_arguments, run_cpython, split  # noqa: E402

CPYTHON_SIDE = r"""
import dis, marshal, sys
def opt(v):
    return "None" if v is None else str(v)
def describe(code, out):
    out.append("code %s %d" % (code.co_qualname, code.co_firstlineno))
    out.append("lines:" + "".join(" (%d,%d,%s)" % (s, e, opt(l)) for s, e, l in code.co_lines()))
    out.append("positions:" + "".join(" (%s)" % ",".join(map(opt, p)) for p in code.co_positions()))
    out.append("exceptions:" + "".join(" (%d,%d,%d,%d,%d)" % (e.start, e.end, e.target, e.depth, e.lasti)
                                       for e in dis._parse_exception_table(code)))
    for c in code.co_consts:
        if hasattr(c, "co_code"):
            describe(c, out)
w = sys.stdout.buffer
for path in sys.argv[1:]:
    w.write(("==> %s <==\n" % path).encode())
    w.flush()
    out = []
    describe(marshal.loads(open(path, "rb").read()[16:]), out)
    w.write(("\n".join(out) + "\n").encode("utf-8", "backslashreplace"))
    w.flush()  # so that after a crash the last file named is the one that crashed
"""


def main():
    args, files = corpus_arguments()
    expected = run_cpython(files, dict(os.environ), CPYTHON_SIDE)
    actual = {}
    for i in range(0, len(files), 200):
        batch = files[i:i + 200]
        actual.update(split(subprocess.run([args.tool, "tables"] + batch, capture_output=True, check=True).stdout))
    # CPython reads past the end of damaged tables and can crash doing so; those files are
    # reported, not compared.
    crashed = [f for f in files if expected.get(f, b"").strip() == CRASHED.strip()]
    for f in crashed:
        print("SKIPPED (CPython crashed)", f)
    files = [f for f in files if f not in crashed]
    bad = [f for f in files if expected.get(f) != actual.get(f)]
    for f in bad[:5]:
        e, a = expected.get(f, b"").splitlines(), actual.get(f, b"").splitlines()
        first = next((k for k, (x, y) in enumerate(zip(e, a)) if x != y), min(len(e), len(a)))
        print("MISMATCH", f, "line", first + 1)
        print("  cpython: ", (e[first] if first < len(e) else b"<end>")[:300])
        print("  basilisk:", (a[first] if first < len(a) else b"<end>")[:300])
    skipped = f" ({len(crashed)} skipped: CPython crashed)" if crashed else ""
    print(f"tables: {len(files) - len(bad)} of {len(files)} files decode like CPython "
          f"(co_lines, co_positions, exception table){skipped}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
