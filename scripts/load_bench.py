#!/usr/bin/env python3
"""Load speed: Basilisk's marshal reader against CPython's `marshal.loads`, same files, same run.

usage: scripts/load_bench.py [--tool PATH] [--rounds N] [--runs N] [DIR ...]

Both sides read every *.cpython-311.pyc under DIR (default: the installed standard library,
`site-packages` skipped) into memory first and time only decoding the module code objects
(and freeing them), best of --rounds. The whole comparison is repeated --runs times,
alternating the two loaders, and the median of the runs is reported with the ratio
(CPython's time / Basilisk's time: above 1 means Basilisk is faster).
"""
import argparse
import gc
import marshal
import statistics
import subprocess
import sys
import sysconfig
import time
import os

sys.path.insert(0, os.path.dirname(__file__))
from check_dis import collect  # noqa: E402


def cpython_best(bodies, rounds):
    best = float("inf")
    gc.disable()
    try:
        for _ in range(rounds):
            start = time.perf_counter()
            for body in bodies:
                marshal.loads(body)
            best = min(best, time.perf_counter() - start)
    finally:
        gc.enable()
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", default="target/release/basilisk-tool")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("dirs", nargs="*")
    args = ap.parse_args()
    dirs = args.dirs or [sysconfig.get_paths()["stdlib"]]
    files = collect(dirs)
    bodies = []
    total = 0
    for f in files:
        with open(f, "rb") as fh:
            data = fh.read()
        total += len(data)
        bodies.append(data[16:])
    ours, theirs = [], []
    for _ in range(args.runs):
        out = subprocess.run([args.tool, "load-bench", "--rounds", str(args.rounds)] + dirs,
                             capture_output=True, text=True, check=True).stdout.split()
        assert out[0] == "marshal" and int(out[1]) == len(files), out
        ours.append(float(out[3]))
        theirs.append(cpython_best(bodies, args.rounds))
    o, t = statistics.median(ours), statistics.median(theirs)
    print(f"files {len(files)}, bytes {total}")
    print(f"basilisk marshal   {o:.4f} s  ({total / o / 1e6:.0f} MB/s)")
    print(f"cpython marshal    {t:.4f} s  ({total / t / 1e6:.0f} MB/s)")
    print(f"ratio (cpython / basilisk): {t / o:.2f}x")


if __name__ == "__main__":
    main()
