#!/usr/bin/env python3
"""(Re)writes the `.expected` files of the differential test corpus (tests/corpus/) from
CPython 3.11: the interpreter running this script.

usage: python3 scripts/bless_corpus.py [-j N] [--once] [--timeout S] [FILTER...]

With no FILTER every program is blessed; otherwise only those whose path (relative to
tests/corpus, e.g. `strings/str_split.py`) contains one of the FILTERs. Each program runs twice
and is blessed only if both runs agree (a guard against programs that print addresses, times
or other nondeterministic data); --once skips the second run. A program that times out is never
blessed. Exits 1 if any program could not be blessed. See scripts/corpus_lib.py for how
programs are run and for the file format.
"""
import argparse
import os
import sys
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_lib import CORPUS, TIMEOUT, discover, program_path, run_program  # noqa: E402

assert sys.version_info[:2] == (3, 11), "needs CPython 3.11"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("filters", nargs="*", metavar="FILTER")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--once", action="store_true", help="run each program once, not twice")
    parser.add_argument("--timeout", type=float, default=TIMEOUT)
    args = parser.parse_args()

    names = discover(args.filters)
    if not names:
        print("no programs match", file=sys.stderr)
        return 1
    # sys.executable may be a wrapper's target already; it is the real binary, not a shim.
    interpreter = [os.path.realpath(sys.executable)]

    def bless(name):
        first = run_program(interpreter, name, args.timeout)
        if first.timed_out():
            return name, "timed out after %gs" % args.timeout
        if not args.once:
            second = run_program(interpreter, name, args.timeout)
            if second != first:
                return name, "nondeterministic: two runs differ"
        with open(program_path(name, ".expected"), "wb") as f:
            f.write(first.serialize())
        return name, None

    problems = 0
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for name, problem in pool.map(bless, names):
            if problem:
                problems += 1
                print("NOT BLESSED %s: %s" % (name, problem))

    if not args.filters:
        wanted = {program_path(n, ".expected") for n in names}
        for area in sorted(os.listdir(CORPUS)):
            area_dir = os.path.join(CORPUS, area)
            if os.path.isdir(area_dir):
                for entry in sorted(os.listdir(area_dir)):
                    path = os.path.join(area_dir, entry)
                    if entry.endswith(".expected") and path not in wanted:
                        print("stale (no program): %s" % os.path.relpath(path, CORPUS))
    print("blessed %d/%d with %s %s" % (len(names) - problems, len(names), interpreter[0],
                                         sys.version.split()[0]))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
