#!/usr/bin/env python3
"""Instructions executed by each benchmark under one or more Basilisk binaries.

usage: python3 scripts/icount.py BINARY [BINARY...] [--filter NAME]... [--jobs N]

Wall times on the shared development machine move by tens of percent from run to run;
`valgrind --tool=callgrind` counts the machine instructions a run executes, which is the same
every time for the same binary and input. So comparing two builds of Basilisk (before and
after a change) on these counts shows the effect of the change without the noise. Each
benchmark runs at a reduced size (below) so that a run under valgrind takes seconds; the
counts include start-up (about 6 million instructions for `-c pass`).

Counts are not times: a change that trades instructions for cache misses or mispredicted
branches will not show its cost here. `scripts/bench.py` remains the measure of speed.
"""
import argparse
import concurrent.futures
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# (benchmark, size argument) small enough for valgrind.
SIZES = [
    ("closures", "3000"),
    ("collections_work", "30000"),
    ("coroutines", "6000"),
    ("deltablue", "20"),
    ("exceptions", "30000"),
    ("fannkuch", "8"),
    ("generators", "100000"),
    ("mandelbrot", "60"),
    ("nbody", "5000"),
    ("nqueens", "7"),
    ("pidigits", "600"),
    ("raytrace", "40"),
    ("recursion", "20"),
    ("richards", "10"),
    ("spectral_norm", "80"),
    ("strings", "8000"),
]


def count(binary, name, size):
    script = os.path.join(ROOT, "benches", name + ".py")
    r = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", binary, script, size],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    m = re.search(r"refs:\s+([\d,]+)", r.stderr)
    if r.returncode != 0 or not m:
        return None
    return int(m.group(1).replace(",", ""))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("binaries", nargs="+", metavar="BINARY")
    parser.add_argument("--filter", action="append", default=[])
    parser.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    benches = [(n, s) for n, s in SIZES if not args.filter or any(f in n for f in args.filter)]
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = {(b, n): pool.submit(count, b, n, s) for b in args.binaries for n, s in benches}
        results = {k: f.result() for k, f in futures.items()}
    # Binaries are told apart by their directory (e.g. /tmp/before/basilisk).
    heads = ["program"] + [os.path.basename(os.path.dirname(os.path.abspath(b)))
                           for b in args.binaries]
    print("| " + " | ".join(heads) + (" | last/first |" if len(args.binaries) > 1 else " |"))
    print("|---" + "|---:" * (len(heads) - 1) + ("|---:|" if len(args.binaries) > 1 else "|"))
    for n, _ in benches:
        row = [results[(b, n)] for b in args.binaries]
        cells = ["%.0fM" % (c / 1e6) if c else "error" for c in row]
        ratio = ""
        if len(row) > 1 and row[0] and row[-1]:
            ratio = " %.2f |" % (row[-1] / row[0])
        print("| %s | %s |%s" % (n, " | ".join(cells), ratio))
    return 0


if __name__ == "__main__":
    sys.exit(main())
