#!/usr/bin/env bash
# README command #1: installs the dependencies, builds distlint, configures the example service
# (examples/: libcurl, gRPC, hiredis), runs distlint on it, prints the findings and writes
# distlint.sarif in the repository root.
#
# distlint exits 1 when findings fail the gate, which is the expected outcome here: the example
# contains real findings. This script exits 0 then, and non-zero on anything else (2 usage or
# configuration error, 3 a file could not be analysed, a build failure).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${DISTLINT_BUILD_DIR:-$root/build}"
example_build="$build/example"
cd "$root"

bash scripts/install-deps.sh
bash scripts/build.sh --target distlint

launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
echo "== configuring the example service (examples/) in ${example_build#$root/}"
cmake -S examples -B "$example_build" -G Ninja "${launcher[@]}" >/dev/null
# The generated gRPC/protobuf headers the sources include; nothing else needs to be built.
cmake --build "$example_build" --target orders-protos >/dev/null

echo "== distlint -p ${example_build#$root/} --sarif=distlint.sarif"
status=0
"$build/bin/distlint" -p "$example_build" --sarif=distlint.sarif || status=$?
case "$status" in
  0) echo "== distlint found nothing to report (unexpected for the example, but not a failure)" ;;
  1) echo "== distlint reported findings (expected for the example); SARIF log: distlint.sarif" ;;
  *) echo "== distlint failed with exit code $status" >&2
     exit "$status" ;;
esac
