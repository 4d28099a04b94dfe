#!/usr/bin/env python3
"""Check `basilisk-tool pyc-rewrite` over a corpus: the rewritten file must keep the 16-byte
header and load in CPython to a code object equal to the original's.

usage: scripts/check_rewrite.py [--tool PATH] [--sample N] [DIR ...]

Equality is checked two ways: CPython's own `==` on code objects, and a stricter recursive
comparison of every co_* field (filename and qualname included) and of constants by type and
value (so 0.0 differs from -0.0 and 1 from True). DIR defaults to the installed standard library,
with `site-packages` folders skipped. Exit status 0 when every file passes.
"""
import marshal
import math
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from check_dis import corpus_arguments  # noqa: E402

FIELDS = ("co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_stacksize", "co_flags",
          "co_code", "co_names", "co_varnames", "co_cellvars", "co_freevars", "co_filename",
          "co_name", "co_qualname", "co_firstlineno", "co_linetable", "co_exceptiontable",
          "co_nlocals")


def same(a, b, path="module"):
    """Returns None when equal, else a description of the first difference."""
    if type(a) is not type(b):
        return f"{path}: type {type(a).__name__} != {type(b).__name__}"
    if hasattr(a, "co_code"):
        for f in FIELDS:
            if getattr(a, f) != getattr(b, f):
                return f"{path}.{f} differs"
        if len(a.co_consts) != len(b.co_consts):
            return f"{path}.co_consts length differs"
        for i, (x, y) in enumerate(zip(a.co_consts, b.co_consts)):
            d = same(x, y, f"{path}.co_consts[{i}]")
            if d:
                return d
        return None
    if isinstance(a, float):
        ok = (math.isnan(a) and math.isnan(b)) or (a == b and math.copysign(1, a) == math.copysign(1, b))
        return None if ok else f"{path}: {a!r} != {b!r}"
    if isinstance(a, complex):
        d = same(a.real, b.real, path + ".real")
        return d or same(a.imag, b.imag, path + ".imag")
    if isinstance(a, (tuple, list)):
        if len(a) != len(b):
            return f"{path}: length differs"
        for i, (x, y) in enumerate(zip(a, b)):
            d = same(x, y, f"{path}[{i}]")
            if d:
                return d
        return None
    if isinstance(a, (frozenset, set)):
        return None if a == b else f"{path}: sets differ"
    return None if a == b else f"{path}: {a!r} != {b!r}"


def main():
    args, files = corpus_arguments()
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.pyc")
        for path in files:
            proc = subprocess.run([args.tool, "pyc-rewrite", path, out], capture_output=True, text=True)
            if proc.returncode != 0:
                print(f"FAIL {path}: tool exited {proc.returncode}: {proc.stderr.strip()}")
                failures += 1
                continue
            with open(path, "rb") as f:
                original = f.read()
            with open(out, "rb") as f:
                rewritten = f.read()
            problem = None
            if original[:16] != rewritten[:16]:
                problem = "header differs"
            else:
                a = marshal.loads(original[16:])
                b = marshal.loads(rewritten[16:])
                # A NaN constant makes CPython's == false even between two loads of the same
                # file; only there does the strict comparison (NaN equals NaN) decide alone.
                self_equal = a == marshal.loads(original[16:])
                if self_equal and a != b:
                    problem = "code objects are not == in CPython"
                else:
                    problem = same(a, b)
            if problem:
                print(f"FAIL {path}: {problem}")
                failures += 1
    print(f"pyc-rewrite: {len(files) - failures} of {len(files)} files load in CPython equal to the original")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
