#!/usr/bin/env python3
"""Runs the differential test corpus (tests/corpus/) under Basilisk and compares each program's
exit code, stdout and stderr with the `.expected` file CPython 3.11 produced
(scripts/bless_corpus.py).

usage: python3 scripts/check_corpus.py --basilisk PATH [--basilisk-arg ARG]... [-j N]
           [--timeout S] [--verbose] [--list-failures FILE] [FILTER...]

PATH is the interpreter to test (a program runs as `PATH [ARG...] <name>.py [args]`, with cwd =
its directory; see scripts/corpus_lib.py). With FILTERs only programs whose path relative to
tests/corpus contains one of them run. Prints one line per failure (--verbose adds a short
unified diff of each differing stream), a per-area tally and `passed N/M`; --list-failures
writes the failing names (`area/name`, one a line) to FILE. A timeout, a missing or malformed
`.expected` file, and output that is not valid UTF-8 all count as (or are compared as) bytes:
failures are reported, never crash the checker. Exits 1 if anything failed (with
--known-failures FILE: anything not listed there failed).

Checking CPython against itself (`--basilisk "$(python3 -c 'import sys; print(sys.executable)')"`)
must pass everything: that is the corpus's own determinism check.
"""
import argparse
import difflib
import os
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_lib import TIMEOUT, discover, parse_expected, program_path, run_program  # noqa: E402

DIFF_LINES = 40


def text_lines(data):
    return data.decode("utf-8", "backslashreplace").splitlines()


def stream_diff(label, expected, actual):
    diff = list(difflib.unified_diff(text_lines(expected), text_lines(actual),
                                     "expected " + label, "basilisk " + label, n=2, lineterm=""))
    if len(diff) > DIFF_LINES:
        diff = diff[:DIFF_LINES] + ["... (%d more diff lines)" % (len(diff) - DIFF_LINES)]
    return diff


def head(label, data, limit=15):
    lines = text_lines(data)
    out = ["  %s (%d bytes):" % (label, len(data))]
    out += ["    " + line for line in lines[:limit]]
    if len(lines) > limit:
        out.append("    ... (%d more lines)" % (len(lines) - limit))
    return out


def check(interpreter, name, timeout):
    """(name, None) on a pass, else (name, summary, detail lines)."""
    actual = run_program(interpreter, name, timeout)
    try:
        with open(program_path(name, ".expected"), "rb") as f:
            expected = parse_expected(f.read())
    except FileNotFoundError:
        detail = ["  exit: %s" % ("timeout" if actual.timed_out() else actual.exit)]
        detail += head("stdout", actual.stdout) + head("stderr", actual.stderr)
        return name, "no .expected file (bless it: scripts/bless_corpus.py %s)" % name, detail
    except ValueError as e:
        return name, "malformed .expected file: %s" % e, []
    if actual.timed_out():
        detail = head("stdout", actual.stdout) + head("stderr", actual.stderr)
        return name, "timed out after %gs" % timeout, detail
    if actual == expected:
        return name, None, []
    problems, detail = [], []
    if actual.exit != expected.exit:
        problems.append("exit %d, expected %d" % (actual.exit, expected.exit))
    for label in ("stdout", "stderr"):
        want, got = getattr(expected, label), getattr(actual, label)
        if want != got:
            problems.append("%s differs" % label)
            diff = stream_diff(label, want, got)
            if not diff:  # differs only in bytes that the line split hides (e.g. final newline)
                diff = ["  expected %s ends %r" % (label, want[-60:]),
                        "  basilisk %s ends %r" % (label, got[-60:])]
            detail += diff
    return name, "; ".join(problems), detail


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("filters", nargs="*", metavar="FILTER")
    parser.add_argument("--basilisk", required=True, metavar="PATH",
                        help="the interpreter to test")
    parser.add_argument("--basilisk-arg", action="append", default=[], metavar="ARG",
                        help="an argument placed before the program's name (repeatable)")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--timeout", type=float, default=TIMEOUT)
    parser.add_argument("--verbose", "-v", action="store_true", help="show diffs")
    parser.add_argument("--list-failures", metavar="FILE",
                        help="write the failing programs' names to FILE")
    parser.add_argument("--known-failures", metavar="FILE",
                        help="programs (one `area/name` a line, # comments) that are known to "
                             "fail: only other failures make the run fail")
    args = parser.parse_args()

    exe = args.basilisk
    if os.sep not in exe:
        exe = shutil.which(exe) or exe
    exe = os.path.abspath(exe)
    if not os.access(exe, os.X_OK):
        print("not an executable: %s" % exe, file=sys.stderr)
        return 2
    interpreter = [exe] + args.basilisk_arg

    names = discover(args.filters)
    if not names:
        print("no programs match", file=sys.stderr)
        return 2

    failures = []
    tally = {}
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for name, problem, detail in pool.map(lambda n: check(interpreter, n, args.timeout),
                                              names):
            area = name.split("/")[0]
            passed, total = tally.get(area, (0, 0))
            tally[area] = (passed + (problem is None), total + 1)
            if problem is None:
                continue
            failures.append(name)
            print("FAIL %s: %s" % (name, problem), flush=True)
            if args.verbose:
                for line in detail:
                    print(line)

    if args.list_failures:
        with open(args.list_failures, "w") as f:
            f.write("".join(n + "\n" for n in failures))
    print("  ".join("%s %d/%d" % (area, p, t) for area, (p, t) in sorted(tally.items())))
    print("passed %d/%d" % (len(names) - len(failures), len(names)))
    if args.known_failures:
        with open(args.known_failures) as f:
            known = {line.split("#")[0].strip() for line in f} - {""}
        new = [n for n in failures if n not in known]
        fixed = sorted(n for n in known if n in names and n not in failures)
        if fixed:
            print("now passing (remove from %s): %s" % (args.known_failures, " ".join(fixed)))
        if new:
            print("%d failure(s) not in %s: %s" % (len(new), args.known_failures, " ".join(new)))
        return 1 if new else 0
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
