#!/usr/bin/env bash
# Builds distlint with AddressSanitizer and UndefinedBehaviorSanitizer (clang++-19, its own build
# directory) and runs the lit check, driver and example suites against that binary. Every
# sanitizer report is written to a file rather than stderr, so a test that expects distlint to
# fail (`not %distlint ...`) cannot hide one; any report fails the run.
#
#   scripts/sanitize.sh            # build/ stays untouched; uses build-sanitize/
# Environment: DISTLINT_SANITIZE_BUILD_DIR, JOBS (default 2).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${DISTLINT_SANITIZE_BUILD_DIR:-$root/build-sanitize}"
jobs="${JOBS:-2}"
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -gline-tables-only"
cmake -S "$root" -B "$build" -G Ninja "${launcher[@]}" -DCMAKE_CXX_COMPILER=clang++-19 \
  -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
  -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=address,undefined" -DCMAKE_MODULE_LINKER_FLAGS="" \
  >/dev/null
cmake --build "$build" -j"$jobs" --target distlint distlint-test-protos

reports="$build/sanitizer-reports"
rm -rf "$reports" && mkdir -p "$reports"
export ASAN_SYMBOLIZER_PATH="${ASAN_SYMBOLIZER_PATH:-$(command -v llvm-symbolizer-19 || true)}"
export ASAN_OPTIONS="log_path=$reports/asan:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="log_path=$reports/ubsan:print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$root/fuzz/lsan.supp:print_suppressions=0"

status=0
python3 /usr/lib/llvm-19/build/utils/lit/lit.py -s -j"$jobs" \
  "$build/test/checks" "$build/test/driver" "$build/test/examples" || status=$?

count=$(find "$reports" -type f | wc -l)
echo "sanitizer reports: $count (in $reports)"
for f in "$reports"/*; do
  [ -f "$f" ] || continue
  echo "--- $f"
  grep -m3 -E "ERROR: |SUMMARY: |runtime error" "$f" || head -5 "$f"
done
if [ "$status" -ne 0 ] || [ "$count" -ne 0 ]; then
  echo "sanitize: FAILED (lit exit $status, $count sanitizer reports)"
  exit 1
fi
echo "sanitize: OK (lit passed, no sanitizer reports)"
