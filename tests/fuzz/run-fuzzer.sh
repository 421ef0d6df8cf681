#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# run-fuzzer.sh FUZZER NAME SECONDS DICT SEED-DIR…
#
# Runs a libFuzzer target for SECONDS over the seed directories, which are
# only read: libFuzzer writes what it learns to the first directory it is
# given, the corpus. By default that is a fresh directory beside FUZZER, so
# a test run reads the seeds as they are now. build-aux/sdk fuzz SECONDS
# sets OPS_FUZZ_SECONDS and OPS_FUZZ_CORPUS (a directory that keeps one
# corpus per target between runs) instead. Crash inputs land in
# CORPUS.artifacts/, and libFuzzer's output in CORPUS.log.

set -eu

fuzzer=$1 name=$2 seconds=${OPS_FUZZ_SECONDS:-$3} dict=$4
shift 4

if [ -n "${OPS_FUZZ_CORPUS:-}" ]; then
  corpus=$OPS_FUZZ_CORPUS/$name
else
  corpus=$(dirname "$fuzzer")/ci-corpus-$name
  rm -rf "$corpus" "$corpus.artifacts"
fi
mkdir -p "$corpus" "$corpus.artifacts"

# Without halt_on_error a UBSan report is only a line on stderr. The SDK
# has no llvm-symbolizer; binutils' addr2line names the functions instead.
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:allow_addr2line=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export ASAN_OPTIONS="detect_leaks=1:allow_addr2line=1:handle_sigtrap=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
# The fuzzers abort on a warning themselves; G_DEBUG would trap first.
unset G_DEBUG
export G_ENABLE_DIAGNOSTIC=1

# A seed directory may not exist yet (regressions/ before the first crash).
for dir; do
  shift
  if [ -d "$dir" ]; then
    set -- "$@" "$dir"
  fi
done

# -timeout: one input taking seconds is a hang, and a hang is a bug.
# -error_exitcode: libFuzzer's default, 77, means "skipped" to meson.
# -max_len: big enough for the shipped catalog, which is a seed.
status=0
"$fuzzer" \
  -max_total_time="$seconds" \
  -timeout=10 \
  -rss_limit_mb=2048 \
  -max_len=131072 \
  -print_final_stats=1 \
  -error_exitcode=1 \
  -dict="$dict" \
  -artifact_prefix="$corpus.artifacts/" \
  "$corpus" "$@" >"$corpus.log" 2>&1 || status=$?
cat "$corpus.log"
exit $status
