#!/usr/bin/env python3
"""Which CPython 3.11 opcodes the differential corpus executes under Basilisk.

usage: python3 scripts/opcode_coverage.py COUNTS [--require-all] [--require-specialized] [--table]

COUNTS is the file that `basilisk -X opcode_counts=COUNTS` appends to (one line of `NAME=count`
pairs per process). scripts/test.sh makes it by running the corpus with that option:

    python3 scripts/check_corpus.py --basilisk target/release/basilisk \\
        --basilisk-arg=-Xopcode_counts=/tmp/counts.txt

The report also counts each opcode's static occurrences in the corpus: every program and
support module is compiled by this python3 and its code objects walked. An opcode that occurs
statically but never ran means its code path was never taken; one that never occurs is missing
from the corpus altogether. --table prints every opcode with both counts; --require-all exits 1
if any opcode (other than CACHE, which is inline-cache space, not an instruction) never ran.
"""
import argparse
import dis
import opcode
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_lib import CORPUS  # noqa: E402

# Not an instruction: the 16-bit inline-cache cells after specializable instructions.
NOT_INSTRUCTIONS = {"CACHE"}


def executed_counts(path):
    """Executions per base opcode (a specialized form `FAMILY/NAME` counts towards its
    family) and per specialized form."""
    counts = {}
    specialized = {}
    runs = 0
    with open(path) as f:
        for line in f:
            runs += 1
            for pair in line.split():
                name, _, n = pair.partition("=")
                family, slash, form = name.partition("/")
                counts[family] = counts.get(family, 0) + int(n)
                if slash:
                    specialized[form] = specialized.get(form, 0) + int(n)
    return counts, specialized, runs


def code_objects(code):
    yield code
    for c in code.co_consts:
        if hasattr(c, "co_code"):
            yield from code_objects(c)


def static_counts():
    """Occurrences of each opcode in the code of every .py under the corpus."""
    counts = {}
    files = 0
    for root, _dirs, names in os.walk(CORPUS):
        for n in sorted(names):
            if not n.endswith(".py"):
                continue
            path = os.path.join(root, n)
            with open(path, "rb") as f:
                source = f.read()
            try:
                top = compile(source, path, "exec", dont_inherit=True)
            except SyntaxError:
                continue  # programs that test SyntaxError on import
            files += 1
            for code in code_objects(top):
                for ins in dis.get_instructions(code):
                    counts[ins.opname] = counts.get(ins.opname, 0) + 1
    return counts, files


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("counts", metavar="COUNTS")
    parser.add_argument("--require-all", action="store_true",
                        help="exit 1 if some opcode never ran")
    parser.add_argument("--require-specialized", action="store_true",
                        help="exit 1 if some specialized form never ran")
    parser.add_argument("--table", action="store_true", help="print every opcode's counts")
    args = parser.parse_args()

    executed, specialized, runs = executed_counts(args.counts)
    static, files = static_counts()
    # opcode.opmap holds the base opcodes only (the specialized forms are not in it).
    opcodes = [name for name in opcode.opmap if name not in NOT_INSTRUCTIONS]
    if args.table:
        print("%-32s %10s %14s" % ("opcode", "in corpus", "executed"))
        for name in sorted(opcodes, key=opcode.opmap.get):
            print("%-32s %10d %14d" % (name, static.get(name, 0), executed.get(name, 0)))
    never = [name for name in opcodes if not executed.get(name)]
    unknown = sorted(set(executed) - set(opcode.opmap))
    print("opcodes: %d of %d base opcodes executed over %d runs (%d corpus files compiled)"
          % (len(opcodes) - len(never), len(opcodes), runs, files))
    for name in never:
        where = ("occurs %d times in the corpus but never ran" % static[name]
                 if static.get(name) else "never occurs in the corpus")
        print("  not executed: %s (%s)" % (name, where))
    if unknown:
        print("  executed but not a base opcode: %s" % " ".join(unknown))
    unused = sorted(name for name, n in specialized.items() if n == 0)
    if specialized:
        print("specialized forms: %d of %d executed"
              % (len(specialized) - len(unused), len(specialized)))
        if args.table:
            for name in sorted(specialized):
                print("%-32s %25d" % (name, specialized[name]))
    for name in unused:
        print("  specialized form not executed: %s" % name)
    failed = args.require_all and (never or unknown)
    failed = failed or (args.require_specialized and unused)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
