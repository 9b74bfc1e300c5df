#!/usr/bin/env bash
# How distlint's cost grows with the size of one expression: a `std::string` `+` chain of N terms
# (each operator+ a call nested one level deeper than the last), N = 1k, 2k, 4k, 8k. Prints wall
# seconds of `clang++-19 -fsyntax-only` and of distlint with each rule alone and all of them.
# Numbers only; nothing fails on a slow machine.
#   bash bench/expression-size.sh [path/to/distlint]     (default: build/bin/distlint)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
distlint="${1:-$root/build/bin/distlint}"
clang="${CLANGXX:-clang++-19}"
rules=(distsys-check-then-create distsys-missing-timeout distsys-hardcoded-test-resource-id
       distsys-tenant-unscoped-arn distsys-unpropagated-trace-context 'distsys-*')
[[ -x "$distlint" ]] || { echo "expression-size.sh: no distlint at $distlint" >&2; exit 2; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

seconds() { # wall seconds of "$@", output discarded; distlint's exit 1 (findings) is fine
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || [[ $? -eq 1 ]] || echo "expression-size.sh: failed: $*" >&2
  end=$(date +%s.%N)
  echo "$start $end" | awk '{ printf "%.2f", $2 - $1 }'
}

printf '%-46s' "terms"
for n in 1000 2000 4000 8000; do printf '%8s' "$n"; done
echo
for n in 1000 2000 4000 8000; do
  python3 - "$n" > "$tmp/chain-$n.cpp" <<'EOF'
import sys
n = int(sys.argv[1])
print('#include <string>\nstd::string f() {\n  std::string a = "x";\n'
      '  std::string s = ' + ' + '.join(['a'] * n) + ';\n  return s;\n}')
EOF
done
printf '%-46s' "$clang -fsyntax-only"
for n in 1000 2000 4000 8000; do
  printf '%8s' "$(seconds "$clang" -fsyntax-only -std=c++17 "$tmp/chain-$n.cpp")"
done
echo
for rule in "${rules[@]}"; do
  printf '%-46s' "distlint $rule"
  for n in 1000 2000 4000 8000; do
    printf '%8s' "$(seconds "$distlint" "--checks=-*,$rule" -j1 "$tmp/chain-$n.cpp" -- -std=c++17)"
  done
  echo
done
