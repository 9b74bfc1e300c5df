#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang++-19, their own build directory) and runs each for a
# while, printing per target the executions reached and the crashes found.
#
#   scripts/fuzz.sh [seconds-per-target]      # default 60
#   scripts/fuzz.sh --no-build [seconds]      # run only, on an existing build
# Environment: DISTLINT_FUZZ_BUILD_DIR (default build-fuzz/), FUZZ_TARGETS (default all six),
# JOBS (build parallelism, default 2), FUZZ_SMOKE=1 (the fuzz-smoke ctest entry: a fresh corpus
# and only the three smallest C++ seeds, so the whole run stays near 20 s).
#
# Seeds are copied from the repository's own files at every run; the corpus each target grows is
# kept under <build>/fuzz-work/<target>/corpus, crash inputs under .../artifacts. Exit status 1
# when a regression input fails or any target found a crash, leak, timeout or out-of-memory input.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${DISTLINT_FUZZ_BUILD_DIR:-$root/build-fuzz}"
do_build=1
if [ "${1:-}" = "--no-build" ]; then
  do_build=0
  shift
fi
seconds="${1:-60}"
targets=(${FUZZ_TARGETS:-config models policy baseline summaries checks})

if [ "$do_build" = 1 ]; then
  launcher=()
  command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S "$root" -B "$build" -G Ninja "${launcher[@]}" -DCMAKE_CXX_COMPILER=clang++-19 \
    -DDISTLINT_FUZZ=ON >/dev/null
  # The gRPC stubs: the check tests that serve as seeds include them.
  cmake --build "$build" -j"${JOBS:-2}" --target distlint-fuzz distlint-test-protos
fi

seeds_for() { # target, seed directory
  local dir="$2"
  case "$1" in
  config)
    cp "$root"/examples/.clang-tidy "$dir/examples.clang-tidy"
    for f in "$root"/test/driver/Inputs/*.clang-tidy "$root"/test/checks/Inputs/*.clang-tidy; do
      cp "$f" "$dir/$(basename "$f")"
    done ;;
  models)
    cp "$root"/test/driver/Inputs/*.json "$root"/test/checks/Inputs/*models*.json "$dir/"
    # Each rule's built-in models, in the shape of a model file ({"<rule id>": models}).
    python3 - "$root/rules" "$dir" <<'PY'
import json, pathlib, sys
for rule in pathlib.Path(sys.argv[1]).glob("distsys-*.json"):
    doc = json.loads(rule.read_text())
    out = pathlib.Path(sys.argv[2]) / ("rule-" + rule.name)
    out.write_text(json.dumps({doc["id"]: doc.get("models", {})}, indent=1))
PY
    ;;
  policy)
    cp "$root"/test/driver/Inputs/tenant-policies/*.json "$root"/test/checks/Inputs/tenant-arn-models.json "$dir/" ;;
  baseline)
    cp "$root"/test/driver/Inputs/*.sarif "$dir/"
    printf '%s\n' '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"distlint"}},"results":[{"ruleId":"distsys-missing-timeout","partialFingerprints":{"distlintFingerprint/v1":"0123456789abcdef"}}]}]}' \
      >"$dir/minimal.sarif" ;;
  summaries)
    # A summary file as distlint --export-summaries writes it (test/driver/summaries.test's).
    cat >"$dir/summaries.json" <<'JSON'
{"version": 1, "topics": {"distsys-missing-timeout/libcurl": {
  "c:@F@applyTimeout#*v#": [{"param": 0, "fact": "configures"}],
  "c:@F@prepare#*v#*1C#": [{"param": 0, "fact": "uses", "unless": [{"usr": "c:@F@applyTimeout#*v#", "param": 0}]}],
  "c:@F@loop#*v#": [{"param": 0, "fact": "uses", "unless": [{"usr": "c:@F@loop#*v#", "param": 0}]}]}}}
JSON
    ;;
  checks)
    if [ "${FUZZ_SMOKE:-0}" = 1 ]; then
      ls -S "$root"/test/checks/*.cpp | tail -3 | xargs -I{} cp {} "$dir/"
    else
      cp "$root"/test/checks/*.cpp "$dir/"
    fi ;;
  esac
}

export ASAN_SYMBOLIZER_PATH="${ASAN_SYMBOLIZER_PATH:-$(command -v llvm-symbolizer-19 || true)}"
export LSAN_OPTIONS="suppressions=$root/fuzz/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

failed=0
# Inputs that once crashed a target (fuzz/regressions/<target>/) are replayed before any fuzzing.
for t in "${targets[@]}"; do
  dir="$root/fuzz/regressions/$t"
  [ -d "$dir" ] || continue
  if ! "$build/bin/distlint-fuzz-$t" "$dir"/* >"$build/fuzz-regressions-$t.log" 2>&1; then
    echo "regression: distlint-fuzz-$t fails on an input in $dir (log: $build/fuzz-regressions-$t.log)"
    failed=1
  fi
done
printf '%-10s %12s %10s %8s  %s\n' target executions exec/s crashes artifacts
for t in "${targets[@]}"; do
  bin="$build/bin/distlint-fuzz-$t"
  work="$build/fuzz-work/$t"
  [ "${FUZZ_SMOKE:-0}" = 1 ] && work="$build/fuzz-smoke/$t" && rm -rf "$work"
  rm -rf "$work/seeds" && mkdir -p "$work/seeds" "$work/corpus" "$work/artifacts"
  seeds_for "$t" "$work/seeds"
  log="$work/last-run.log"
  # The checks target parses C++ (well under one run a second): its time limit also covers
  # reading the seeds, and a single input may take long before it counts as a hang.
  "$bin" -max_total_time="$seconds" -timeout=60 -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/" "$work/corpus" "$work/seeds" >"$log" 2>&1 || true
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
  crashes=$(grep -cE '^==[0-9]+==ERROR|^SUMMARY: |runtime error:|deadly signal|ALARM: working on the last Unit' "$log" || true)
  # slow-unit-* files are inputs over 10 s, kept for profiling; they are not findings.
  artifacts=$(find "$work/artifacts" -type f -newer "$work/seeds" ! -name 'slow-unit-*' | wc -l)
  if [ -z "$execs" ]; then
    # libFuzzer prints no final stats when it stops on a finding: take its last status line.
    execs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#' || true)
  fi
  found=$(( artifacts > 0 ? artifacts : (crashes > 0 ? 1 : 0) ))
  printf '%-10s %12s %10s %8s  %s\n' "$t" "${execs:-?}" "${rate:-?}" "$found" \
    "$( [ "$found" -gt 0 ] && echo "$work/artifacts (log: $log)" || echo -)"
  [ "$found" -gt 0 ] && failed=1
done
exit "$failed"
