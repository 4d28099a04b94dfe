#!/bin/sh
# The project's test command (README, CI): unit, golden and CLI tests, then differential
# checks against the installed CPython 3.11 on a deterministic sample of its standard library,
# and hostile-input checks over mutated real .pyc files (no panics; the same verdict and the
# same dis output as CPython).
# The full corpus runs with scripts/check_dis.py and scripts/check_rewrite.py without --sample.
set -eu
cd "$(dirname "$0")/.."
scripts/build.sh
cargo test --workspace --locked
STDLIB=$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
python3 scripts/check_dis.py --sample 300
python3 scripts/check_rewrite.py --sample 300
python3 scripts/check_tables.py --sample 300
./target/release/basilisk-tool verify "$STDLIB"
./target/release/basilisk-tool mutate-check --count 5000 --seed 1 "$STDLIB"
python3 scripts/check_mutated.py --count 2000 --seed 1
# Generated tables must match what the installed CPython gives.
python3 scripts/gen_builtin_docs.py --check
# The differential corpus: every program must match CPython except the listed known failures,
# and together the programs must execute every base opcode of 3.11.
COUNTS=$(mktemp)
EAGER_COUNTS=$(mktemp)
trap 'rm -f "$COUNTS" "$EAGER_COUNTS"' EXIT
python3 scripts/check_corpus.py --basilisk target/dist/basilisk -j 2 \
    --known-failures tests/corpus/known_failures.txt --basilisk-arg=-Xopcode_counts="$COUNTS"
python3 scripts/opcode_coverage.py --require-all "$COUNTS"
# The same corpus with every instruction specialized at its first execution (and turned back
# into its base form at its first guard failure), which must run every specialized form, and
# with specialization off.
python3 scripts/check_corpus.py --basilisk target/dist/basilisk -j 2 \
    --known-failures tests/corpus/known_failures.txt --basilisk-arg=-Xspecialize=eager \
    --basilisk-arg=-Xopcode_counts="$EAGER_COUNTS"
python3 scripts/opcode_coverage.py --require-specialized "$EAGER_COUNTS"
python3 scripts/check_corpus.py --basilisk target/dist/basilisk -j 2 \
    --known-failures tests/corpus/known_failures.txt --basilisk-arg=-Xspecialize=off
