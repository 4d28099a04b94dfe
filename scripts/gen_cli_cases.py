#!/usr/bin/env python3
r"""Generate crates/basilisk/tests/options_data/cases.txt.

The file records what CPython 3.11 makes of a command line and an environment, for the
unit tests of crates/basilisk/src/options.rs, which call its parser directly.

Each case runs the real interpreter (not the pyenv shim, which would change argv[0]) with a
clean environment (LANG=C.UTF-8 plus the case's variables), in a temporary directory holding
probe.py. A case ends in one of two ways:

* `exit`: CPython stops while reading its configuration (help, version, usage error, fatal
  configuration error). Its status, stdout and stderr are recorded byte for byte.
* `ok`: CPython runs the probe, through -c, a script, -m or stdin, and the probe reports the
  configuration CPython derived (`_testinternalcapi.get_configs()`, plus
  `sys.flags.int_max_str_digits` and `sys.flags.inspect`).

Usage (from the repository root):

    python3 scripts/gen_cli_cases.py [--python /path/to/python3.11]

File format, one item per line (`#` starts a comment line):

    case <label>
    argv0 <bytes>            argv[0]
    arg <bytes>              each further argument, in order
    env <NAME> <bytes>       each environment variable beyond LANG=C.UTF-8
    exit <status>            then `stdout <bytes>` and `stderr <bytes>`
    ok                       then the configuration, one key a line:
                               i <key> <integer>
                               s <key> <bytes>
                               n <key>                 (None)
                               l <key> <count>         then <count> lines `- <bytes>`
                             and `early <bytes>` when the case checks CPython's whole stderr
    parses                   CPython got past its configuration, running something other
                             than the probe; only a successful parse is checked
    end

<bytes> is escaped: printable ASCII stands for itself, except `\\` (a backslash) and
`\n`; any other byte is `\xNN`, and so is a space at either end. In `run_filename` the
working directory is written `$CWD`. In `run_command`, CPython's appended newline is kept.
"""

import argparse
import json
import os
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "crates" / "basilisk" / "tests" / "options_data" / "cases.txt"
DEFAULT_PYTHON = "/root/.pyenv/versions/3.11.7/bin/python3"

MARKER = "@@PROBE@@ "

CONFIG_KEYS = [
    "run_command",
    "run_module",
    "run_filename",
    "argv",
    "isolated",
    "use_environment",
    "user_site_directory",
    "site_import",
    "safe_path",
    "write_bytecode",
    "buffered_stdio",
    "optimization_level",
    "verbose",
    "quiet",
    "inspect",
    "interactive",
    "bytes_warning",
    "parser_debug",
    "skip_source_first_line",
    "warnoptions",
    "xoptions",
    "use_hash_seed",
    "hash_seed",
    "pythonpath_env",
    "check_hash_pycs_mode",
    "dev_mode",
    "warn_default_encoding",
    "faulthandler",
    "import_time",
    "code_debug_ranges",
    "tracemalloc",
    "pycache_prefix",
    "use_frozen_modules",
]

# Every statement on one line, so that it also works fed to the REPL (-i with stdin). `inspect`
# comes from sys.flags, the value at start-up: CPython clears the config's copy before it runs an
# interactive stdin.
PROBE = f"""# the first line, which -x skips
import _testinternalcapi, json, os, sys
_c = _testinternalcapi.get_configs()
_out = {{k: _c["config"][k] for k in {CONFIG_KEYS!r}}}
_out["utf8_mode"] = _c["pre_config"]["utf8_mode"]
_out["int_max_str_digits"] = sys.flags.int_max_str_digits
_out["inspect"] = sys.flags.inspect
_out["cwd"] = os.getcwd()
_out["module_search_paths"] = _c["config"]["module_search_paths"]
print({MARKER!r} + json.dumps(_out), flush=True)
"""

CMD = "exec(open('probe.py', encoding='utf-8').read())"
FILE = "probe.py"
MOD = "probe"


def case(label, args, env=None, expect="exit", argv0=None, stdin=False, early=False):
    """expect: "exit" or "ok"; stdin: feed the probe on stdin; early: check all of stderr."""
    return dict(
        label=label,
        args=[a.encode("utf-8", "surrogateescape") if isinstance(a, str) else a for a in args],
        env=env or {},
        expect=expect,
        argv0=argv0,
        stdin=stdin,
        early=early,
    )


def ok(label, args, env=None, **kw):
    return case(label, args, env, expect="ok", **kw)


CASES = [
    # Help and version.
    case("-h", ["-h"]),
    case("--help", ["--help"]),
    case("-?", ["-?"]),
    case("-h ends parsing at once", ["-hz"]),
    case("-h after -V", ["-Vh"]),
    case("--help after --version", ["--version", "--help"]),
    case("-h with plain argv0", ["-h"], argv0=b"python3"),
    case("-h with non-ASCII argv0", ["-h"], argv0="py\u00e9".encode()),
    case("-h with undecodable argv0", ["-h"], argv0=b"py\xff"),
    case("--help-env", ["--help-env"]),
    case("--help-xoptions", ["--help-xoptions"]),
    case("--help-all", ["--help-all"]),
    case("long option inside a cluster", ["-B-help-env"]),
    case("-V", ["-V"]),
    case("--version", ["--version"]),
    case("-VV", ["-VV"]),
    case("-VVV", ["-VVV"]),
    case("-V -V", ["-V", "-V"]),
    case("-V before -c", ["-V", "-c", "pass"]),
    case("-i -V", ["-i", "-V"]),
    case("-V with -X utf8 then --help-env", ["-X", "utf8", "-V", "--help-env"]),
    case("-V ignores a bad PYTHONHASHSEED", ["-V"], {"PYTHONHASHSEED": "foo"}),
    # Usage errors.
    case("unknown option", ["-z"]),
    case("unknown option, plain argv0", ["-z"], argv0=b"python3"),
    case("unknown option, spaced argv0", ["-z"], argv0=b"./my python"),
    case("unknown option, undecodable argv0", ["-z"], argv0=b"/tmp/py\xff"),
    case("unknown option before -h", ["-zh"]),
    case("unknown option after -V in a cluster", ["-Vz"]),
    case("unknown option after -V", ["-V", "-z"]),
    case("unknown option after --version", ["--version", "-z"]),
    case("unknown long option", ["--foo"]),
    case("three dashes", ["---"]),
    case("--help=x", ["--help=x"]),
    case("long option with =", ["--check-hash-based-pycs=always"]),
    case("unknown long option in a cluster", ["-B-foo"]),
    case("-J", ["-J"]),
    case("-J in a cluster", ["-BJ"]),
    case("-:", ["-:"]),
    case("-: in a cluster", ["-B:"]),
    case("non-ASCII option", ["-\u00e9"]),
    case("CJK option", ["-\u4e2d"]),
    case("undecodable option", [b"-\xff"]),
    case("undecodable long option", [b"--fo\xff"]),
    case("non-ASCII long option", ["--f\u00e9"]),
    case("-c without argument", ["-c"]),
    case("-m without argument", ["-m"]),
    case("-W without argument", ["-W"]),
    case("-X without argument", ["-X"]),
    case("-c without argument in a cluster", ["-Bc"]),
    case("--check-hash-based-pycs without argument", ["--check-hash-based-pycs"]),
    case("--check-hash-based-pycs without argument in a cluster", ["-B-check-hash-based-pycs"]),
    case("--check-hash-based-pycs foo", ["--check-hash-based-pycs", "foo"]),
    case("--check-hash-based-pycs ALWAYS", ["--check-hash-based-pycs", "ALWAYS"]),
    case("bad check mode hides a later bad -X", ["--check-hash-based-pycs", "-Xutf8=bad"]),
    case("unknown option, PYTHONUTF8 hidden by -E in a long option", ["--fooE"],
         {"PYTHONUTF8": "bad"}),
    case("unknown option, PYTHONUTF8 hidden by -I in a long option", ["--fooI"],
         {"PYTHONUTF8": "bad"}),
    case("unknown option, PYTHONUTF8 hidden by -E in a cluster", ["-zE"], {"PYTHONUTF8": "bad"}),
    case("usage error wins over PYTHONHASHSEED", ["-z"], {"PYTHONHASHSEED": "foo"}),
    # Fatal errors of the pre-configuration, which win over everything else.
    case("-X utf8=2", ["-X", "utf8=2", "-c", "pass"]),
    case("-X utf8=", ["-X", "utf8=", "-c", "pass"]),
    case("-X utf8=true", ["-Xutf8=true", "-c", "pass"]),
    case("-X utf8 first one counts", ["-X", "utf8=2", "-X", "utf8=1", "-c", "pass"]),
    case("PYTHONUTF8=2", ["-c", "pass"], {"PYTHONUTF8": "2"}),
    case("PYTHONUTF8=true", ["-c", "pass"], {"PYTHONUTF8": "true"}),
    case("PYTHONUTF8 after --", ["--", "-E"], {"PYTHONUTF8": "bad"}),
    case("-X utf8 wins over a bad PYTHONUTF8", ["-X", "utf8=7", "-c", "pass"],
         {"PYTHONUTF8": "bad"}),
    case("PYTHONMALLOC=foo", ["-c", "pass"], {"PYTHONMALLOC": "foo"}),
    case("PYTHONMALLOC=mimalloc", ["-c", "pass"], {"PYTHONMALLOC": "mimalloc"}),
    case("PYTHONMALLOC=Default", ["-c", "pass"], {"PYTHONMALLOC": "Default"}),
    case("utf8 checked before PYTHONMALLOC", ["-X", "utf8=bad", "-c", "pass"],
         {"PYTHONMALLOC": "foo"}),
    case("utf8 checked before PYTHONHASHSEED", ["-X", "utf8=bad", "-c", "pass"],
         {"PYTHONHASHSEED": "foo"}),
    case("pre-pass reads on past an unknown option", ["-z", "-X", "utf8=2"]),
    case("pre-pass reads on past -h", ["-h", "-X", "utf8=2"]),
    case("pre-pass reads on past --help-env", ["--help-env", "-X", "utf8=2"]),
    case("pre-pass reads on past -V", ["-V", "-X", "utf8=2"]),
    case("pre-pass reads on past an unknown option in a cluster", ["-zXutf8=bad"]),
    case("pre-pass reads on past -J", ["-BJXutf8=bad"]),
    case("pre-pass reads an unknown long option as short ones", ["--Xutf8=bad"]),
    case("pre-pass reads an unknown long option as short ones, with E", ["--EXutf8=bad"]),
    case("pre-pass, unknown long option in a cluster", ["-B--Xutf8=bad"]),
    case("pre-pass stops at -c", ["-c", "pass", "-X", "utf8=2"], expect="ok-noprobe"),
    # Fatal errors of the configuration.
    *[
        case(f"PYTHONHASHSEED={v!r}", ["-c", "pass"], {"PYTHONHASHSEED": v})
        for v in [
            "foo",
            "4294967296",
            "-1",
            "12 ",
            "0x12",
            "RANDOM",
            "18446744073709551615",
            "-18446744073709551616",
            " ",
            "+",
            "-",
            "1e3",
        ]
    ],
    *[
        case(f"-X int_max_str_digits{v}", ["-X", f"int_max_str_digits{v}", "-c", "pass"])
        for v in [
            "",
            "=5",
            "=639",
            "=-5",
            "=0x1000",
            "=2147483648",
            "=99999999999999999999",
            "= ",
            "=+",
            "=\u00a01000",
            "=\u20071000",
            "=\u202f1000",
            "=\u06611000",
            "=1000 ",
        ]
    ],
    *[
        case(f"PYTHONINTMAXSTRDIGITS={v!r}", ["-c", "pass"], {"PYTHONINTMAXSTRDIGITS": v})
        for v in ["5", "639", "-1", " ", "abc", "\u30001000", "2147483648"]
    ],
    case("PYTHONINTMAXSTRDIGITS checked before -X", ["-X", "int_max_str_digits=1000", "-c",
                                                    "pass"], {"PYTHONINTMAXSTRDIGITS": "5"}),
    case("-X tracemalloc=foo", ["-X", "tracemalloc=foo", "-c", "pass"]),
    case("-X tracemalloc=-1", ["-X", "tracemalloc=-1", "-c", "pass"]),
    case("-X tracemalloc=", ["-X", "tracemalloc=", "-c", "pass"], expect="ok-noprobe"),
    case("PYTHONTRACEMALLOC=foo", ["-c", "pass"], {"PYTHONTRACEMALLOC": "foo"}),
    case("PYTHONTRACEMALLOC=-1", ["-c", "pass"], {"PYTHONTRACEMALLOC": "-1"}),
    case("PYTHONTRACEMALLOC checked before -X", ["-X", "tracemalloc=foo", "-c", "pass"],
         {"PYTHONTRACEMALLOC": "foo"}),
    case("-X frozen_modules=foo", ["-X", "frozen_modules=foo", "-c", "pass"]),
    case("-X frozen_modules=ON", ["-X", "frozen_modules=ON", "-c", "pass"]),
    case("hash seed checked before tracemalloc", ["-X", "tracemalloc=foo", "-c", "pass"],
         {"PYTHONHASHSEED": "foo"}),
    case("hash seed checked before int_max_str_digits", ["-c", "pass"],
         {"PYTHONHASHSEED": "foo", "PYTHONINTMAXSTRDIGITS": "5"}),
    case("tracemalloc checked before int_max_str_digits", ["-X", "tracemalloc=foo", "-c",
                                                         "pass"], {"PYTHONINTMAXSTRDIGITS": "1"}),
    case("int_max_str_digits checked before frozen_modules",
         ["-X", "int_max_str_digits=1", "-X", "frozen_modules=bad", "-c", "pass"]),
    case("hash seed checked before frozen_modules", ["-X", "frozen_modules=bad", "-c", "pass"],
         {"PYTHONHASHSEED": "foo"}),
    case("expected long option, then a fatal error", ["-B-", "-c", "pass"],
         {"PYTHONHASHSEED": "foo"}),
    # Run targets and sys.argv.
    ok("-c", ["-c", CMD, "a", "-z", "--", "-"]),
    ok("-c attached", ["-c" + CMD, "a"]),
    ok("-c in a cluster", ["-Bc", CMD, "a"]),
    ok("-c attached in a cluster", ["-Bc" + CMD]),
    ok("-c, undecodable argument", ["-c", CMD, b"a\xff", "\u00e9"]),
    ok("-c, then -V is an argument", ["-c", CMD, "-V"]),
    ok("script", [FILE, "-z", "a"]),
    ok("script with ./", ["./" + FILE]),
    ok("script with ..", ["sub/../" + FILE]),
    ok("script after options", ["-B", "-s", FILE, "-c", "x"]),
    ok("script after --", ["--", FILE, "-V"]),
    ok("-m", ["-m", MOD, "a", "-z"]),
    ok("-m attached", ["-m" + MOD, "a"]),
    ok("-m in a cluster", ["-Bm", MOD]),
    ok("stdin", [], stdin=True),
    ok("stdin with -", ["-", "a", "-z"], stdin=True),
    ok("stdin after --", ["--"], stdin=True),
    ok("- after --", ["--", "-", "a"], stdin=True),
    ok("stdin with -x", ["-x"], stdin=True),
    ok("stdin with -i", ["-i"], stdin=True),
    ok("-c with -i", ["-i", "-c", CMD]),
    ok("cluster ending in -", ["-B-", FILE, "a"], early=True),
    # Flags.
    ok("flags twice each", ["-ii", "-qq", "-OOO", "-bbb", "-dd", "-BBss", "-SS", "-EE", "-uu",
                            "-tt", "-xx", "-RR", "-PP", "-c", CMD]),
    ok("-v", ["-v", "-c", CMD]),
    ok("-I", ["-I", "-c", CMD]),
    ok("-I twice", ["-II", "-c", CMD]),
    ok("-I hides the environment", ["-I", "-c", CMD],
       {"PYTHONPATH": "x", "PYTHONHASHSEED": "foo", "PYTHONUTF8": "bad", "PYTHONMALLOC": "bad",
        "PYTHONDONTWRITEBYTECODE": "1", "PYTHONWARNINGS": "error"}),
    ok("-E hides the environment", ["-E", "-c", CMD],
       {"PYTHONPATH": "x", "PYTHONHASHSEED": "foo", "PYTHONUTF8": "bad", "PYTHONMALLOC": "bad",
        "PYTHONOPTIMIZE": "2", "PYTHONINTMAXSTRDIGITS": "5", "PYTHONDEVMODE": "1",
        "PYTHONSAFEPATH": "1"}),
    ok("empty variables count as unset", ["-c", CMD],
       {"PYTHONHASHSEED": "", "PYTHONINTMAXSTRDIGITS": "", "PYTHONOPTIMIZE": "",
        "PYTHONSAFEPATH": "", "PYTHONPATH": "", "PYTHONWARNINGS": "", "PYTHONUTF8": "",
        "PYTHONMALLOC": "", "PYTHONDEVMODE": ""}),
    ok("environment flags", ["-c", CMD],
       {"PYTHONINSPECT": "5", "PYTHONVERBOSE": "0", "PYTHONOPTIMIZE": "x", "PYTHONDEBUG": "-3",
        "PYTHONDONTWRITEBYTECODE": "0", "PYTHONNOUSERSITE": "0", "PYTHONUNBUFFERED": "0",
        "PYTHONSAFEPATH": "0"}),
    ok("environment flags set", ["-c", CMD],
       {"PYTHONDONTWRITEBYTECODE": "1", "PYTHONNOUSERSITE": "yes", "PYTHONUNBUFFERED": "1",
        "PYTHONSAFEPATH": "1"}),
    ok("PYTHONOPTIMIZE above -OO", ["-OO", "-c", CMD], {"PYTHONOPTIMIZE": " 7"}),
    ok("-OO above PYTHONOPTIMIZE", ["-OO", "-c", CMD], {"PYTHONOPTIMIZE": "1"}),
    *[
        ok(f"PYTHONOPTIMIZE={v!r}", ["-c", CMD], {"PYTHONOPTIMIZE": v})
        for v in ["99999999999999999999", "2147483648", "2147483647", "\u30003", "\v3", "-0",
                  " ", "+4", "4 "]
    ],
    ok("-i with PYTHONINSPECT", ["-i", "-c", CMD], {"PYTHONINSPECT": "3"}),
    # Warnings and -X.
    ok("warnings merged", ["-W", "error", "-W", "once", "-W", "error", "-b", "-c", CMD],
       {"PYTHONWARNINGS": ",error,,ignore , default"}),
    ok("warnings in dev mode", ["-X", "dev=0", "-W", "default", "-bb", "-c", CMD],
       {"PYTHONDEVMODE": "1"}),
    ok("empty -W and attached -W", ["-W", "", "-Wd", "-Wignore::DeprecationWarning", "-c", CMD]),
    ok("-X forms", ["-X", "dev=0", "-X", "a=b=c", "-X", "a", "-X", "=x", "-X", "", "-X", "utf8",
                    "-Xfoo", "-c", CMD]),
    ok("-X utf8=0", ["-X", "utf8=0", "-c", CMD]),
    ok("-X utf8=1 then utf8=2", ["-X", "utf8=1", "-X", "utf8=2", "-c", CMD]),
    ok("PYTHONUTF8=1", ["-c", CMD], {"PYTHONUTF8": "1"}),
    ok("PYTHONUTF8=0", ["-c", CMD], {"PYTHONUTF8": "0"}),
    ok("-X utf8 wins over PYTHONUTF8", ["-X", "utf8=0", "-c", CMD], {"PYTHONUTF8": "1"}),
    *[ok(f"PYTHONMALLOC={m}", ["-c", CMD], {"PYTHONMALLOC": m})
      for m in ["default", "debug", "pymalloc", "pymalloc_debug", "malloc", "malloc_debug"]],
    ok("dev mode from the environment", ["-c", CMD], {"PYTHONDEVMODE": "0"}),
    ok("warn_default_encoding", ["-X", "warn_default_encoding", "-c", CMD]),
    ok("PYTHONWARNDEFAULTENCODING", ["-c", CMD], {"PYTHONWARNDEFAULTENCODING": "1"}),
    ok("-X faulthandler, importtime, no_debug_ranges",
       ["-X", "faulthandler=0", "-X", "importtime", "-X", "no_debug_ranges", "-c", CMD]),
    ok("their variables", ["-c", CMD],
       {"PYTHONFAULTHANDLER": "1", "PYTHONPROFILEIMPORTTIME": "1", "PYTHONNODEBUGRANGES": "1"}),
    ok("-X tracemalloc", ["-X", "tracemalloc", "-c", CMD]),
    ok("-X tracemalloc=5 over PYTHONTRACEMALLOC", ["-X", "tracemalloc=5", "-c", CMD],
       {"PYTHONTRACEMALLOC": "3"}),
    ok("-X tracemalloc=0", ["-X", "tracemalloc=0", "-c", CMD], {"PYTHONTRACEMALLOC": "3"}),
    ok("PYTHONTRACEMALLOC", ["-c", CMD], {"PYTHONTRACEMALLOC": " 2"}),
    ok("-X pycache_prefix", ["-X", "pycache_prefix=pyc/../x", "-c", CMD],
       {"PYTHONPYCACHEPREFIX": "other"}),
    ok("-X pycache_prefix= hides the variable", ["-X", "pycache_prefix=", "-c", CMD],
       {"PYTHONPYCACHEPREFIX": "other"}),
    ok("-X pycache_prefix alone hides the variable", ["-X", "pycache_prefix", "-c", CMD],
       {"PYTHONPYCACHEPREFIX": "other"}),
    ok("PYTHONPYCACHEPREFIX", ["-c", CMD], {"PYTHONPYCACHEPREFIX": "other"}),
    *[ok(f"-X frozen_modules{v}", ["-X", f"frozen_modules{v}", "-c", CMD])
      for v in ["", "=", "=on", "=off"]],
    # Hash seeds.
    *[
        ok(f"PYTHONHASHSEED={v!r}", ["-c", CMD], {"PYTHONHASHSEED": v})
        for v in ["random", "0", "-0", "5", " 12", "+12", "007", "4294967295",
                  "-18446744069414584321", "-18446744073709551615", "\f7"]
    ],
    ok("-R ignores PYTHONHASHSEED", ["-R", "-c", CMD], {"PYTHONHASHSEED": "foo"}),
    ok("-R ignores a good PYTHONHASHSEED", ["-R", "-c", CMD], {"PYTHONHASHSEED": "5"}),
    # int_max_str_digits.
    *[
        ok(f"-X int_max_str_digits{v}", ["-X", f"int_max_str_digits{v}", "-c", CMD])
        for v in ["=0", "=", "=-0", "=640", "=2147483647", "=\u30001000", "=\t\n\v\f\r 1000",
                  "=\u16801000", "=\u20281000", "=\u205f1000", "=+4300"]
    ],
    *[
        ok(f"PYTHONINTMAXSTRDIGITS={v!r}", ["-c", CMD], {"PYTHONINTMAXSTRDIGITS": v})
        for v in ["640", " 640", "+640", "0", "\t0"]
    ],
    ok("the first -X int_max_str_digits counts",
       ["-X", "int_max_str_digits=1000", "-X", "int_max_str_digits=2000", "-c", CMD],
       {"PYTHONINTMAXSTRDIGITS": "5000"}),
    # The rest.
    ok("PYTHONPATH", ["-c", CMD], {"PYTHONPATH": ":a::/b/:c/../d:"}),
    ok("PYTHONPATH, one entry", ["-c", CMD], {"PYTHONPATH": "x"}),
    ok("--check-hash-based-pycs always", ["--check-hash-based-pycs", "always", "-c", CMD]),
    ok("--check-hash-based-pycs, last wins",
       ["--check-hash-based-pycs", "never", "--check-hash-based-pycs", "default",
        "--check-hash-based-pycs", "never", "-c", CMD]),
    ok("--check-hash-based-pycs in a cluster", ["-B-check-hash-based-pycs", "always", "-c", CMD]),
    ok("-P", ["-P", "-c", CMD]),
    ok("-E hides PYTHONUTF8 and PYTHONMALLOC before -c", ["-E", "-c", CMD],
       {"PYTHONUTF8": "2", "PYTHONMALLOC": "x"}),
]


def escape(data: bytes) -> str:
    out = []
    for i, b in enumerate(data):
        if b == 0x5C:
            out.append("\\\\")
        elif b == 0x0A:
            out.append("\\n")
        elif b == 0x20 and 0 < i < len(data) - 1:
            out.append(" ")
        elif 0x21 <= b <= 0x7E:
            out.append(chr(b))
        else:
            out.append(f"\\x{b:02x}")
    return "".join(out)


def encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogateescape")


def run(python, tmp, c):
    argv0 = c["argv0"] if c["argv0"] is not None else python.encode()
    env = {b"LANG": b"C.UTF-8"}
    env.update({k.encode(): encode(v) for k, v in c["env"].items()})
    stdin = PROBE.encode() if c["stdin"] else b""
    proc = subprocess.run(
        [argv0, *c["args"]],
        executable=python,
        env=env,
        cwd=tmp,
        input=stdin,
        capture_output=True,
        timeout=60,
    )
    return proc


def record_ok(lines, c, proc, tmp):
    probe = None
    for line in proc.stdout.decode("utf-8", "surrogateescape").splitlines():
        if line.startswith(MARKER):
            probe = json.loads(line[len(MARKER):])
            break
    if probe is None:
        raise SystemExit(f"{c['label']}: the probe did not run\n{proc.stderr.decode()}")
    cwd = probe.pop("cwd")
    search = probe.pop("module_search_paths")
    # The parser leaves PYTHONPATH entries as given; check what CPython then does with them.
    if probe["pythonpath_env"] is not None:
        entries = probe["pythonpath_env"].split(":")
        expected = [os.path.join(cwd, e) if e else cwd for e in entries]
        expected = [os.path.normpath(p) for p in expected]
        if search[: len(entries)] != expected:
            raise SystemExit(f"{c['label']}: PYTHONPATH became {search}")
    filename = probe["run_filename"]
    if filename is not None:
        if filename == cwd:
            probe["run_filename"] = "$CWD"
        elif filename.startswith(cwd + "/"):
            probe["run_filename"] = "$CWD" + filename[len(cwd):]
    lines.append("ok")
    for key in CONFIG_KEYS + ["utf8_mode", "int_max_str_digits"]:
        value = probe[key]
        if value is None:
            lines.append(f"n {key}")
        elif isinstance(value, bool) or isinstance(value, int):
            lines.append(f"i {key} {int(value)}")
        elif isinstance(value, str):
            lines.append(f"s {key} {escape(encode(value))}")
        elif isinstance(value, list):
            lines.append(f"l {key} {len(value)}")
            lines.extend(f"- {escape(encode(item))}" for item in value)
        else:
            raise SystemExit(f"{c['label']}: unexpected {key}={value!r}")
    if c["early"]:
        lines.append(f"early {escape(proc.stderr)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--python", default=DEFAULT_PYTHON)
    parser.add_argument("--output", type=pathlib.Path, default=OUTPUT)
    args = parser.parse_args()
    version = subprocess.run(
        [args.python, "-c", "import sys; print(sys.version_info[:3])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if version != "(3, 11, 7)":
        raise SystemExit(f"{args.python} is Python {version}, not 3.11.7")

    lines = [
        "# Generated by scripts/gen_cli_cases.py from CPython 3.11.7; do not edit.",
        "# What `python3` makes of each command line and environment (format: see the script).",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = os.path.realpath(tmp)
        pathlib.Path(tmp, "probe.py").write_text(PROBE, encoding="utf-8")
        pathlib.Path(tmp, "sub").mkdir()
        for c in CASES:
            proc = run(args.python, tmp, c)
            argv0 = c["argv0"] if c["argv0"] is not None else args.python.encode()
            label = c["label"].encode("ascii", "backslashreplace").decode()
            lines.append(f"case {escape(label.encode())}")
            lines.append(f"argv0 {escape(argv0)}")
            lines.extend(f"arg {escape(a)}" for a in c["args"])
            lines.extend(f"env {k} {escape(encode(v))}" for k, v in c["env"].items())
            if c["expect"] == "ok":
                record_ok(lines, c, proc, tmp)
            elif c["expect"] == "ok-noprobe":
                # Parsing succeeds; what runs is not the probe. Only the parse is checked.
                if proc.returncode != 0:
                    raise SystemExit(f"{c['label']}: status {proc.returncode}\n{proc.stderr}")
                lines.append("parses")
            else:
                if MARKER.encode() in proc.stdout:
                    raise SystemExit(f"{c['label']}: expected an exit, but the probe ran")
                lines.append(f"exit {proc.returncode}")
                lines.append(f"stdout {escape(proc.stdout)}")
                lines.append(f"stderr {escape(proc.stderr)}")
            lines.append("end")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("\n".join(lines) + "\n", encoding="ascii")
    print(f"wrote {len(CASES)} cases to {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
