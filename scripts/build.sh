#!/usr/bin/env bash
# Configures and builds distlint into build/ (or $DISTLINT_BUILD_DIR). Installs what it needs first.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${DISTLINT_BUILD_DIR:-$root/build}"
bash "$root/scripts/install-deps.sh"
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$build" -G Ninja "${launcher[@]}" >/dev/null
cmake --build "$build" "$@"
