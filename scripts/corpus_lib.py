"""Shared code of scripts/bless_corpus.py and scripts/check_corpus.py: finding the programs of
the differential test corpus (tests/corpus/), running one the way both scripts do, and the
format of the `.expected` files.

A program is `tests/corpus/<area>/<name>.py` whose name does not start with `_` (those are
support modules); deeper directories are packages used by import tests. Beside a program:
`<name>.stdin` (optional) is fed as standard input, otherwise stdin is /dev/null;
`<name>.args` (optional) holds extra command-line arguments, one per line;
`<name>.expected` is CPython's result: a first line `exit=<code> stdout=<n> stderr=<n>`, then
the n raw bytes of stdout, then the n raw bytes of stderr.

The program runs with cwd = its directory as `INTERPRETER <name>.py [args]`, in the caller's
environment less every PYTHON* variable, plus PYTHONHASHSEED=0, PYTHONDONTWRITEBYTECODE=1 and
LC_ALL=C.UTF-8 (so the standard streams are UTF-8 whatever the caller's locale). The absolute
path of tests/corpus is replaced by `$CORPUS` in both streams, since tracebacks name files by
absolute path.
"""
import os
import signal
import subprocess

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
CORPUS = os.path.join(ROOT, "tests", "corpus")
TIMEOUT = 20.0
PLACEHOLDER = b"$CORPUS"


class Result:
    """What one run produced. `exit` is the exit status (negative: killed by that signal),
    or None when the run timed out."""

    def __init__(self, exit, stdout, stderr):
        self.exit = exit
        self.stdout = stdout
        self.stderr = stderr

    def timed_out(self):
        return self.exit is None

    def __eq__(self, other):
        return (self.exit, self.stdout, self.stderr) == (other.exit, other.stdout, other.stderr)

    def serialize(self):
        head = "exit=%d stdout=%d stderr=%d\n" % (self.exit, len(self.stdout), len(self.stderr))
        return head.encode("ascii") + self.stdout + self.stderr


def parse_expected(data):
    """The Result stored in an .expected file's bytes; ValueError if malformed."""
    newline = data.find(b"\n")
    if newline < 0:
        raise ValueError("no header line")
    fields = {}
    for part in data[:newline].decode("ascii").split():
        key, _, value = part.partition("=")
        fields[key] = int(value)
    if set(fields) != {"exit", "stdout", "stderr"}:
        raise ValueError("bad header %r" % data[:newline])
    body = data[newline + 1:]
    n_out, n_err = fields["stdout"], fields["stderr"]
    if len(body) != n_out + n_err:
        raise ValueError("header says %d bytes, body has %d" % (n_out + n_err, len(body)))
    return Result(fields["exit"], body[:n_out], body[n_out:])


def discover(filters=()):
    """Relative names (`area/name`, no `.py`) of the corpus programs, sorted, restricted to
    those whose relative path contains one of `filters` when any are given."""
    names = []
    if not os.path.isdir(CORPUS):
        return names
    for area in sorted(os.listdir(CORPUS)):
        area_dir = os.path.join(CORPUS, area)
        if not os.path.isdir(area_dir) or area.startswith((".", "_")):
            continue
        for entry in sorted(os.listdir(area_dir)):
            if entry.endswith(".py") and not entry.startswith("_"):
                if os.path.isfile(os.path.join(area_dir, entry)):
                    names.append(area + "/" + entry[:-3])
    if filters:
        names = [n for n in names if any(f in n + ".py" for f in filters)]
    return names


def program_path(name, suffix=".py"):
    return os.path.join(CORPUS, *name.split("/")) + suffix


def environment():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["LC_ALL"] = "C.UTF-8"
    return env


def _substitutions():
    # Longest first, so that a path that is a prefix of another is not replaced inside it.
    paths = {os.path.abspath(CORPUS), os.path.realpath(CORPUS)}
    return sorted((p.encode() for p in paths), key=len, reverse=True)


def mask_paths(data):
    for path in _substitutions():
        data = data.replace(path, PLACEHOLDER)
    return data


def run_program(interpreter, name, timeout=TIMEOUT):
    """Runs corpus program `name` under `interpreter` (a list: the command and any leading
    arguments) and returns its Result, with the corpus path masked."""
    path = program_path(name)
    directory, base = os.path.split(path)
    argv = list(interpreter) + [base]
    args_file = program_path(name, ".args")
    if os.path.exists(args_file):
        with open(args_file, encoding="utf-8") as f:
            argv += f.read().splitlines()
    stdin_file = program_path(name, ".stdin")
    stdin = open(stdin_file, "rb") if os.path.exists(stdin_file) else subprocess.DEVNULL
    try:
        proc = subprocess.Popen(argv, cwd=directory, env=environment(), stdin=stdin,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True)
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill_group(proc)
            out, err = proc.communicate()
            return Result(None, mask_paths(out), mask_paths(err))
        return Result(proc.returncode, mask_paths(out), mask_paths(err))
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()


def _kill_group(proc):
    # Only called while the child is not yet reaped, so its process group id is still its own.
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
