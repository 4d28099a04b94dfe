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


def corpus_arguments(description=None):
    """The command line the corpus checks share: --tool, --sample N, and folders (default: the
    installed standard library). Returns (args, files), files sampled deterministically."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--tool", default="target/release/basilisk-tool")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--show", type=int, default=3, help="print details of at most this many files")
    ap.add_argument("dirs", nargs="*")
    args = ap.parse_args()
    files = collect(args.dirs or [sysconfig.get_paths()["stdlib"]])
    if args.sample and args.sample < len(files):
        step = len(files) / args.sample
        files = [files[int(i * step)] for i in range(args.sample)]
    return args, files


def collect(roots):
    files = []
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if d != "site-packages")
            files.extend(os.path.join(dirpath, f) for f in filenames if f.endswith(".cpython-311.pyc"))
    return sorted(files)


# CPython's dis can take practically forever on damaged input (an exception table entry
# spanning billions of offsets is walked offset by offset), so each file gets a time limit.
TIMED_OUT = b"<CPython's dis timed out>\n"
CPYTHON_SIDE = r"""
import dis, io, marshal, signal, sys
class TimedOut(BaseException):
    pass
def alarm(signum, frame):
    raise TimedOut()
signal.signal(signal.SIGALRM, alarm)
out = sys.stdout.buffer
for path in sys.argv[1:]:
    out.write(b"==> " + path.encode() + b" <==\n")
    out.flush()
    with open(path, "rb") as f:
        data = f.read()
    buf = io.StringIO()
    signal.alarm(10)
    try:
        dis.dis(marshal.loads(data[16:]), file=buf)
        signal.alarm(0)
    except TimedOut:
        buf = io.StringIO("<CPython's dis timed out>\n")
    except Exception as e:
        signal.alarm(0)
        buf.write("dis raised %s: %s\n" % (type(e).__name__, e))
    # Names may hold lone surrogates; Basilisk writes them as Python's backslashreplace does.
    out.write(buf.getvalue().encode("utf-8", "backslashreplace"))
    out.flush()  # so that after a crash the last file named is the one that crashed
"""


def split(output):
    chunks = {}
    parts = MARK.split(output)
    for i in range(1, len(parts), 2):
        chunks[parts[i].decode()] = ADDRESS.sub(b" at 0x...", parts[i + 1])
    return chunks


CRASHED = b"<CPython crashed>\n"


def run_cpython(files, env, script=CPYTHON_SIDE):
    """CPython's dis of each file. CPython itself can crash on damaged code (its marshal is
    documented as unsafe for untrusted data); the file it crashed on is retried alone, marked
    if it crashes again, and the rest of the batch runs anew."""
    chunks = {}
    pending = list(files)
    while pending:
        batch = pending[:400]
        proc = subprocess.run([sys.executable, "-c", script] + batch, capture_output=True, env=env)
        if proc.stderr:
            sys.stderr.buffer.write(proc.stderr)
        got = split(proc.stdout)
        if proc.returncode == 0:
            chunks.update(got)
            pending = pending[len(batch):]
            continue
        done = [f for f in batch if f in got]
        crashed = done[-1] if done else batch[0]
        for f in done[:-1]:
            chunks[f] = got[f]
        # Damaged code can corrupt CPython's memory and crash it later, on another file:
        # give the file a fresh process before calling it a crash.
        alone = subprocess.run([sys.executable, "-c", script, crashed], capture_output=True, env=env)
        chunks[crashed] = split(alone.stdout).get(crashed) if alone.returncode == 0 else b"\n" + CRASHED
        pending = pending[batch.index(crashed) + 1:]
    return chunks


def main():
    args, files = corpus_arguments()
    env = dict(os.environ, PYTHONHASHSEED="0")
    expected = run_cpython(files, env)
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
    timed_out = [f for f in files if expected.get(f, b"").strip() in (TIMED_OUT.strip(), CRASHED.strip())]
    for f in timed_out:
        print("SKIPPED (CPython's dis crashed or took over 10 s)", f)
    mismatched = [f for f in files if f not in timed_out and expected.get(f) != actual.get(f)]
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
    checked = len(files) - len(timed_out)
    skipped = f" ({len(timed_out)} skipped: CPython crashed or was too slow)" if timed_out else ""
    print(f"dis: {checked - len(mismatched)} of {checked} files identical to CPython's dis.dis{skipped}")
    return 1 if mismatched else 0


if __name__ == "__main__":
    sys.exit(main())
