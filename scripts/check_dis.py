#!/usr/bin/env python3
"""Compare `basilisk-tool dis` with CPython 3.11's `dis.dis` over a corpus of .pyc files.

usage: scripts/check_dis.py [--tool PATH] [--sample N] [DIR ...]

DIR defaults to the installed standard library (sysconfig's "stdlib" path; `site-packages`
folders below it are skipped, `test/` folders included). CPython is run with PYTHONHASHSEED=0
so that the order of set and frozenset constants is reproducible; Basilisk reproduces that
order. Addresses in code object reprs (`at 0x...`) are masked on both sides. With --sample N,
a deterministic sample of N files is checked (what CI does); without it, every file.
Exit status 0 when every file matches.
"""
import argparse
import os
import re
import subprocess
import sys
import sysconfig

ADDRESS = re.compile(rb" at 0x[0-9a-f]+")
MARK = re.compile(rb"^==> (.*) <==$", re.M)


def collect(roots):
    files = []
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if d != "site-packages")
            files.extend(os.path.join(dirpath, f) for f in filenames if f.endswith(".cpython-311.pyc"))
    return sorted(files)


CPYTHON_SIDE = r"""
import dis, io, marshal, sys
out = sys.stdout.buffer
for path in sys.argv[1:]:
    out.write(b"==> " + path.encode() + b" <==\n")
    with open(path, "rb") as f:
        data = f.read()
    buf = io.StringIO()
    try:
        dis.dis(marshal.loads(data[16:]), file=buf)
    except Exception as e:
        buf.write("dis raised %s: %s\n" % (type(e).__name__, e))
    out.write(buf.getvalue().encode("utf-8", "surrogateescape"))
"""


def split(output):
    chunks = {}
    parts = MARK.split(output)
    for i in range(1, len(parts), 2):
        chunks[parts[i].decode()] = ADDRESS.sub(b" at 0x...", parts[i + 1])
    return chunks


def run_batched(argv_prefix, files, env=None):
    out = b""
    for i in range(0, len(files), 400):
        batch = files[i:i + 400]
        proc = subprocess.run(argv_prefix + batch, capture_output=True, env=env)
        if proc.stderr:
            sys.stderr.buffer.write(proc.stderr)
        out += proc.stdout
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", default="target/release/basilisk-tool")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--show", type=int, default=3, help="print diffs of at most this many files")
    ap.add_argument("dirs", nargs="*")
    args = ap.parse_args()
    roots = args.dirs or [sysconfig.get_paths()["stdlib"]]
    files = collect(roots)
    if args.sample and args.sample < len(files):
        step = len(files) / args.sample
        files = [files[int(i * step)] for i in range(args.sample)]
    env = dict(os.environ, PYTHONHASHSEED="0")
    expected = split(run_batched([sys.executable, "-c", CPYTHON_SIDE], files, env))
    # With a single file the tool prints no marker; always pass two or more.
    actual = {}
    for i in range(0, len(files), 400):
        batch = files[i:i + 400]
        if len(batch) == 1:
            batch = batch + batch
        proc = subprocess.run([args.tool, "dis"] + batch, capture_output=True)
        if proc.stderr:
            sys.stderr.buffer.write(proc.stderr)
        actual.update(split(proc.stdout))
    mismatched = [f for f in files if expected.get(f) != actual.get(f)]
    import difflib
    for f in mismatched[: args.show]:
        print("MISMATCH", f)
        diff = difflib.unified_diff(
            expected.get(f, b"").decode("utf-8", "replace").splitlines(),
            actual.get(f, b"").decode("utf-8", "replace").splitlines(),
            "cpython", "basilisk", lineterm="", n=1)
        for n, line in enumerate(diff):
            if n > 40:
                print("  ...")
                break
            print(" ", line)
    for f in mismatched[args.show:]:
        print("MISMATCH", f)
    print(f"dis: {len(files) - len(mismatched)} of {len(files)} files identical to CPython's dis.dis")
    return 1 if mismatched else 0


if __name__ == "__main__":
    sys.exit(main())
