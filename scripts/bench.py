#!/usr/bin/env python3
"""Interpreter speed: every program in benches/ under Basilisk and CPython, same run, alternating.

usage: scripts/bench.py [--basilisk PATH] [--python PATH] [--pypy PATH] [--runs N]
                        [--filter NAME ...] [--size-scale F] [--timeout S] [--markdown]

Each program runs --runs times under each interpreter; the order of the interpreters alternates
from one round to the next. Wall time and peak memory (max RSS, from os.wait4's rusage) are
measured per child process. The outputs of every run must be identical to python3's first run;
a program whose output differs, or that exits with an error, is reported as an error and left
out of the geometric mean. The speed ratio is python3's median time / Basilisk's median time
(above 1 means Basilisk is faster); the RSS ratio is Basilisk's peak RSS / python3's (above 1
means Basilisk uses more memory). A `startup` line times `-c pass` the same way (not included
in the geometric mean).

python3 is the real binary (`sys.executable` of the `python3` on PATH), not a shim, which
would add its own start-up time. Both interpreters are run once, untimed, before the timed
rounds (to warm the file cache and Basilisk's compiled-code cache).

Basilisk compiles `.py` files by running CPython 3.11 in a subprocess (crates/cpython_compile),
found through BASILISK_CPYTHON, which this script sets to the same real python3 binary unless it
is already set. That subprocess's time is part of Basilisk's wall time; its memory is not part
of Basilisk's max RSS (ru_maxrss covers one process, not its children).
"""
import argparse
import math
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH_DIR = os.path.join(ROOT, "benches")

# How the work grows with each program's size argument, for --size-scale: "linear" sizes are
# multiplied by the factor, "quadratic" ones by its square root, "fixed" ones (exponential in
# their argument) keep their default.
SCALING = {
    "closures": "linear",
    "collections_work": "linear",
    "coroutines": "linear",
    "deltablue": "linear",
    "exceptions": "linear",
    "fannkuch": "fixed",
    "generators": "linear",
    "mandelbrot": "quadratic",
    "nbody": "linear",
    "nqueens": "fixed",
    "pidigits": "quadratic",
    "raytrace": "quadratic",
    "recursion": "fixed",
    "richards": "linear",
    "spectral_norm": "quadratic",
    "strings": "linear",
}


def real_python():
    out = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"],
                         check=True, capture_output=True, text=True).stdout.strip()
    return os.path.realpath(out)


def default_size(path):
    with open(path) as f:
        for line in f:
            if line.startswith("DEFAULT_SIZE = "):
                return int(line.split("=", 1)[1].split("#")[0])
    return None


def size_args(name, path, scale):
    if scale == 1.0:
        return []
    base = default_size(path)
    kind = SCALING.get(name, "linear")
    if base is None or kind == "fixed":
        return []
    factor = scale if kind == "linear" else math.sqrt(scale)
    return [str(max(1, round(base * factor)))]


class Result:
    def __init__(self, seconds, rss_kb, status, stdout, stderr):
        self.seconds = seconds
        self.rss_kb = rss_kb
        self.status = status
        self.stdout = stdout
        self.stderr = stderr


GNU_TIME = "/usr/bin/time"


def have_gnu_time():
    try:
        res = subprocess.run([GNU_TIME, "-f", "%M", "true"], capture_output=True, text=True)
    except OSError:
        return False
    return res.returncode == 0 and res.stderr.strip().isdigit()


USE_GNU_TIME = False
CHILD_ENV = None


def run_once(argv, timeout):
    """Run argv; return its wall time, peak RSS (KiB), exit status and output.

    The peak RSS of a child that Python starts directly is at least Python's own RSS at the time
    of the fork (Linux carries the high-water mark across exec, and vfork shares the parent's
    memory), so with GNU time available the child is started by it (a small process) and its
    `%M` (the child's ru_maxrss from wait4) is used; the wall time is measured here either way.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r") as rss_file:
        if USE_GNU_TIME:
            argv = [GNU_TIME, "-q", "-f", "%M", "-o", rss_file.name] + argv
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err, cwd=ROOT,
                                env=CHILD_ENV)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if elapsed >= timeout and proc.returncode != 0:
            return Result(elapsed, usage.ru_maxrss, "timeout", b"", b"")
        rss = usage.ru_maxrss
        if USE_GNU_TIME:
            lines = rss_file.read().split()
            rss = int(lines[-1]) if lines and lines[-1].isdigit() else None
        out.seek(0)
        err.seek(0)
        return Result(elapsed, rss, proc.returncode, out.read(), err.read())


def describe_failure(res):
    if res.status == "timeout":
        return "timeout"
    last = res.stderr.decode("utf-8", "replace").strip().splitlines()
    return "exit %s: %s" % (res.status, last[-1] if last else "(no stderr)")


def measure(interpreters, args_for, runs, timeout):
    """interpreters: list of (label, argv prefix). Returns {label: [Result]} and an error or None."""
    results = {label: [] for label, _ in interpreters}
    reference = None
    error = {}
    # untimed warm-up round
    for label, prefix in interpreters:
        res = run_once(prefix + args_for, timeout)
        if res.status != 0:
            error[label] = describe_failure(res)
        elif reference is None:
            reference = res.stdout
        elif res.stdout != reference:
            error[label] = "output differs from python3's"
    for r in range(runs):
        order = interpreters if r % 2 == 0 else interpreters[::-1]
        for label, prefix in order:
            if label in error:
                continue
            res = run_once(prefix + args_for, timeout)
            if res.status != 0:
                error[label] = describe_failure(res)
            elif reference is not None and res.stdout != reference:
                error[label] = "output differs from python3's (run %d)" % (r + 1)
            else:
                results[label].append(res)
    return results, error


def geomean(values):
    values = [v for v in values if v and v > 0]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def fmt_s(x):
    return "-" if x is None else "%.3f" % x


def fmt_ratio(x):
    return "-" if x is None else "%.2fx" % x


def fmt_mb(kb):
    return "-" if kb is None else "%.1f" % (kb / 1024.0)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--basilisk", default=os.path.join(ROOT, "target/dist/basilisk"))
    ap.add_argument("--python", default=None, help="CPython binary (default: the real python3)")
    ap.add_argument("--pypy", default=None, help="optional third interpreter column")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--filter", action="append", default=[],
                    help="only programs whose name contains NAME (repeatable)")
    ap.add_argument("--size-scale", type=float, default=1.0,
                    help="scale each program's default size (work grows by about this factor)")
    ap.add_argument("--timeout", type=float, default=600.0, help="seconds per run")
    ap.add_argument("--no-startup", action="store_true", help="skip the `-c pass` line")
    ap.add_argument("--no-gnu-time", action="store_true",
                    help="take max RSS from os.wait4 directly (includes this script's own RSS)")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = ap.parse_args()

    global USE_GNU_TIME, CHILD_ENV
    USE_GNU_TIME = have_gnu_time() and not args.no_gnu_time
    python = args.python or real_python()
    # Basilisk compiles .py files by running CPython (python3.11 from PATH unless
    # BASILISK_CPYTHON says otherwise); point it at the real binary too, not a shim.
    CHILD_ENV = dict(os.environ)
    CHILD_ENV.setdefault("BASILISK_CPYTHON", python)
    basilisk = os.path.abspath(args.basilisk)
    if not os.path.exists(basilisk):
        sys.exit("bench.py: no Basilisk binary at %s (scripts/build.sh)" % basilisk)
    interpreters = [("python3", [python]), ("basilisk", [basilisk])]
    if args.pypy:
        interpreters.append(("pypy", [args.pypy]))

    programs = sorted(f[:-3] for f in os.listdir(BENCH_DIR) if f.endswith(".py"))
    if args.filter:
        programs = [p for p in programs if any(f in p for f in args.filter)]
    if not programs:
        sys.exit("bench.py: no program matches")

    rows = []
    errors = []
    jobs = []
    if not args.no_startup:
        jobs.append(("startup", ["-c", "pass"]))
    for name in programs:
        path = os.path.join(BENCH_DIR, name + ".py")
        jobs.append((name, [os.path.relpath(path, ROOT)] + size_args(name, path, args.size_scale)))

    for name, prog_args in jobs:
        runs = args.runs * 4 if name == "startup" else args.runs
        print("running %-18s" % name, end="", file=sys.stderr, flush=True)
        results, error = measure(interpreters, prog_args, runs, args.timeout)
        row = {"name": name}
        for label, _ in interpreters:
            rs = results[label]
            row[label + "_s"] = statistics.median(r.seconds for r in rs) if rs and label not in error else None
            rss = [r.rss_kb for r in rs if r.rss_kb is not None]
            row[label + "_rss"] = max(rss) if rss and label not in error else None
        for label in error:
            errors.append("%s: %s: %s" % (name, label, error[label]))
        rows.append(row)
        print(" " + ("; ".join("%s %s" % kv for kv in error.items()) or "ok"), file=sys.stderr)

    labels = [label for label, _ in interpreters]
    header = ["program", "python3 s", "basilisk s", "ratio py/bk", "python3 MB", "basilisk MB",
              "RSS bk/py"]
    if args.pypy:
        header += ["pypy s", "ratio py/pypy", "pypy MB"]
    table = []
    speed_ratios = []
    rss_ratios = []
    pypy_ratios = []
    for row in rows:
        py, bk = row["python3_s"], row["basilisk_s"]
        ratio = py / bk if py and bk else None
        pr, br = row["python3_rss"], row["basilisk_rss"]
        rss_ratio = br / pr if pr and br else None
        if row["name"] != "startup":
            speed_ratios.append(ratio)
            rss_ratios.append(rss_ratio)
        line = [row["name"], fmt_s(py), fmt_s(bk), fmt_ratio(ratio), fmt_mb(pr), fmt_mb(br),
                fmt_ratio(rss_ratio)]
        if args.pypy:
            pp = row["pypy_s"]
            pratio = py / pp if py and pp else None
            if row["name"] != "startup":
                pypy_ratios.append(pratio)
            line += [fmt_s(pp), fmt_ratio(pratio), fmt_mb(row["pypy_rss"])]
        table.append(line)
    ok = sum(1 for r in speed_ratios if r)
    gm = ["geometric mean (%d of %d programs)" % (ok, len(speed_ratios)), "", "",
          fmt_ratio(geomean(speed_ratios)), "", "", fmt_ratio(geomean(rss_ratios))]
    if args.pypy:
        gm += ["", fmt_ratio(geomean(pypy_ratios)), ""]
    table.append(gm)

    print("python3: %s" % python)
    print("basilisk: %s (BASILISK_CPYTHON=%s)" % (basilisk, CHILD_ENV["BASILISK_CPYTHON"]))
    if args.pypy:
        print("pypy: %s" % args.pypy)
    print("max RSS: %s" % ("GNU time's %M (ru_maxrss of the child)" if USE_GNU_TIME
                           else "os.wait4 ru_maxrss (includes bench.py's own RSS at the fork)"))
    print("runs: %d per program (startup: %d), median wall time, max RSS over the runs%s" % (
        args.runs, args.runs * 4, "" if args.size_scale == 1.0 else ", size scale %g" % args.size_scale))
    print()
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|")
        for line in table:
            cells = list(line)
            if line is gm:
                cells = ["**%s**" % c if c else "" for c in cells]
            print("| " + " | ".join(cells) + " |")
    else:
        widths = [max(len(str(line[i])) for line in [header] + table) for i in range(len(header))]
        def show(line):
            return "  ".join(str(c).ljust(widths[i]) if i == 0 else str(c).rjust(widths[i])
                             for i, c in enumerate(line))
        print(show(header))
        print("  ".join("-" * w for w in widths))
        for line in table[:-1]:
            print(show(line))
        print("  ".join("-" * w for w in widths))
        print(show(table[-1]))
    if errors:
        print()
        print("errors:")
        for e in errors:
            print("  " + e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
