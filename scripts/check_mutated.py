#!/usr/bin/env python3
"""Differential hostile-input check: mutated real .pyc files must get the same verdict from
Basilisk and CPython 3.11.

usage: scripts/check_mutated.py [--tool PATH] [--count N] [--seed S] [DIR ...]

`basilisk-tool mutate-check --save` mutates files of DIR (default: the installed standard
library) and saves each case. Then:
- every case Basilisk accepts must load in CPython, `dis.dis` must print the same text
  (scripts/check_dis.py does the comparison), and the decoded line, position and exception
  tables must be CPython's (scripts/check_tables.py);
- every case Basilisk rejects must be rejected by CPython too: by its .pyc header check, by
  `marshal.loads`, or by `dis.dis` raising (Basilisk reports that as an error).
Exit status 0 when both hold for every case.
"""
import argparse
import os
import subprocess
import sys
import sysconfig
import tempfile

MAGIC = (3495).to_bytes(2, "little") + b"\r\n"


# Runs in a child process, since damaged code can crash CPython: prints one verdict a file,
# "reject", "accept" or "slow" (dis ran past the time limit).
VERDICTS = r"""
import dis, io, marshal, signal, sys
MAGIC = (3495).to_bytes(2, "little") + b"\r\n"
class TimedOut(BaseException):
    pass
def alarm(signum, frame):
    raise TimedOut()
signal.signal(signal.SIGALRM, alarm)
for path in sys.argv[1:]:
    data = open(path, "rb").read()
    verdict = "reject"
    if len(data) >= 16 and data[:4] == MAGIC and not int.from_bytes(data[4:8], "little") & ~3:
        try:
            signal.alarm(10)
            try:
                code = marshal.loads(data[16:])
                dis.dis(code, file=io.StringIO())
                verdict = "accept" if hasattr(code, "co_code") else "reject"
            except Exception:
                pass
            signal.alarm(0)
        except TimedOut:
            verdict = "slow"
    print(verdict, path, flush=True)
"""


def cpython_verdicts(paths):
    """Each path's verdict; "crash" when CPython died on it twice (alone the second time)."""
    verdicts = {}
    pending = list(paths)
    while pending:
        proc = subprocess.run([sys.executable, "-c", VERDICTS] + pending[:400], capture_output=True, text=True)
        for line in proc.stdout.splitlines():
            verdict, path = line.split(" ", 1)
            verdicts[path] = verdict
        done = [p for p in pending[:400] if p in verdicts]
        if proc.returncode == 0:
            pending = pending[400:]
            continue
        crashed = pending[len(done)]
        alone = subprocess.run([sys.executable, "-c", VERDICTS, crashed], capture_output=True, text=True)
        verdicts[crashed] = alone.stdout.split(" ", 1)[0] if alone.returncode == 0 else "crash"
        pending = pending[len(done) + 1:]
    return verdicts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", default="target/release/basilisk-tool")
    ap.add_argument("--count", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("dirs", nargs="*")
    args = ap.parse_args()
    dirs = args.dirs or [sysconfig.get_paths()["stdlib"]]
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([args.tool, "mutate-check", "--count", str(args.count), "--seed", str(args.seed),
                        "--save", tmp] + dirs, check=True)
        rejected = [f for f in os.listdir(tmp) if f.startswith("rejected-")]
        verdicts = cpython_verdicts([os.path.join(tmp, f) for f in rejected])
        disagree = [f for f, v in verdicts.items() if v == "accept"]
        slow = [f for f, v in verdicts.items() if v in ("slow", "crash")]
        for f in disagree[:20]:
            print("CPython accepts what Basilisk rejects:", f)
        if slow:
            print(f"{len(slow)} rejected cases skipped: CPython's dis crashed or took over 10 s")
        print(f"rejected cases: {len(rejected) - len(disagree) - len(slow)} of "
              f"{len(rejected) - len(slow)} also rejected by CPython")
        here = os.path.dirname(os.path.abspath(__file__))
        same = subprocess.run([sys.executable, os.path.join(here, "check_dis.py"), "--tool", args.tool, tmp])
        tables = subprocess.run([sys.executable, os.path.join(here, "check_tables.py"), "--tool", args.tool, tmp])
    return 1 if disagree or same.returncode or tables.returncode else 0


if __name__ == "__main__":
    sys.exit(main())
