#!/usr/bin/env bash
# Builds distlint and runs the whole test suite (lit check/driver/front-end tests and GoogleTest
# units) through ctest. Everything it needs is installed first.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${DISTLINT_BUILD_DIR:-$root/build}"
bash "$root/scripts/install-deps.sh"
# Microsoft's SARIF validator, pinned in package-lock.json.
(cd "$root" && npm ci --no-audit --no-fund --loglevel=error)
chmod u+x "$root/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
# The SARIF validation tests must run here, never be skipped (test/lit.cfg.py checks this).
export DISTLINT_REQUIRE_SARIF_MULTITOOL=1
bash "$root/scripts/build.sh"
# A short fuzz run (each libFuzzer target a few seconds, the regression inputs replayed first) in
# its own clang++-19 build; scripts/fuzz.sh <seconds> runs them for longer. Before
# ctest, so that the test runner's summary is the last thing printed.
FUZZ_SMOKE=1 DISTLINT_FUZZ_BUILD_DIR="${DISTLINT_FUZZ_BUILD_DIR:-$root/build-fuzz}" \
  bash "$root/scripts/fuzz.sh" 3
ctest --test-dir "$build" --output-on-failure
