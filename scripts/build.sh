#!/bin/sh
# The release build as we ship it (README, CI): the whole workspace in release mode, then
# `basilisk` itself built a second time with profile-guided optimization, trained on the
# differential corpus and the examples, at target/dist/basilisk.
#
# Why PGO: the interpreter is a table of small handlers plus a long tail of slow paths, and
# LLVM cannot tell from the source which is which. The profile tells it, and it lays out the
# hot code together and the cold code apart (docs/performance.md, "Profile-guided build").
# The training set is the corpus, not the benchmarks, so that the benchmark figures are not
# those of a build that has seen them.
#
# Needs llvm-profdata from the toolchain's llvm-tools component (installed here with rustup
# when missing). Without it target/dist/basilisk is built without a profile, with a warning.
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
cargo build --release --workspace --locked

HOST=$(rustc -vV | sed -n 's/^host: //p')
PROFDATA="$(rustc --print sysroot)/lib/rustlib/$HOST/bin/llvm-profdata"
if [ ! -x "$PROFDATA" ]; then
    rustup component add llvm-tools || true
fi
if [ ! -x "$PROFDATA" ]; then
    echo "build.sh: warning: no llvm-profdata (rustup component add llvm-tools);" \
        "target/dist/basilisk is built WITHOUT profile-guided optimization" >&2
    cargo build --profile dist -p basilisk --locked
    exit 0
fi

# 1. An instrumented build, in a target directory of its own so that its flags never
#    invalidate the other builds. (The interpreter's indirect calls through the handler table
#    have many targets: more value-profiling counters per call site keep the profiling runtime
#    from warning on stderr, which would fail the corpus check below.)
PROFILES="$ROOT/target/pgo-profiles"
mkdir -p "$PROFILES"
RUSTFLAGS="-Cprofile-generate=$PROFILES -Cllvm-args=-vp-counters-per-site=4" \
    cargo build --profile dist -p basilisk --locked --target-dir target/pgo-train
TRAINEE="$ROOT/target/pgo-train/dist/basilisk"

# 2. Training, unless this very instrumented binary has trained already: every corpus
#    program, checked as usual (the instrumented build must pass too), and the examples.
#    `%m` merges every process's counters into one file as the processes exit.
TRAINED_BY=$(sha256sum "$TRAINEE" | cut -d' ' -f1)
if [ ! -f "$PROFILES/merged.profdata" ] || [ "$(cat "$PROFILES/trained-by" 2>/dev/null)" != "$TRAINED_BY" ]; then
    rm -f "$PROFILES"/*.profraw "$PROFILES/merged.profdata" "$PROFILES/trained-by"
    export LLVM_PROFILE_FILE="$PROFILES/train-%m.profraw"
    python3 scripts/check_corpus.py --basilisk "$TRAINEE" -j 2 \
        --known-failures tests/corpus/known_failures.txt
    for example in examples/*.py; do
        "$TRAINEE" "$example" >/dev/null
    done
    unset LLVM_PROFILE_FILE
    "$PROFDATA" merge -o "$PROFILES/merged.profdata" "$PROFILES"/*.profraw
    echo "$TRAINED_BY" >"$PROFILES/trained-by"
fi

# 3. The optimized build from the merged profile (rustc records the profile as an input, so a
#    new profile rebuilds it).
RUSTFLAGS="-Cprofile-use=$PROFILES/merged.profdata" \
    cargo build --profile dist -p basilisk --locked
