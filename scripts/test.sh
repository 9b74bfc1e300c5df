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
ctest --test-dir "$build" --output-on-failure
