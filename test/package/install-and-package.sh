#!/usr/bin/env bash
# Installs the build with `cmake --install`, then builds the Debian package with CPack and
# extracts it into a scratch root; each tree's three front-ends must run on their own, with the
# documentation found inside the tree. Usage: install-and-package.sh <build-dir>
set -euo pipefail
build="$(cd "$1" && pwd)"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# A file with one finding: a libcurl transfer without a timeout. <cstddef> needs clang's builtin
# headers, which the installed binaries must find by themselves.
mkdir "$work/src"
cat > "$work/src/fetch.cpp" <<'CPP'
#include <cstddef>
#include <curl/curl.h>
int fetch(const char *url) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_URL, url);
  return curl_easy_perform(h);
}
CPP
printf -- '-std=c++17\n' > "$work/src/compile_flags.txt"
printf 'Diagnostics:\n  ClangTidy:\n    Add: [distsys-*]\n' > "$work/src/.clangd"

# Runs the three front-ends installed under prefix $1.
check_tree() {
  local prefix="$1" plugin status=0 out
  plugin="$(find "$prefix" -name libdistlint-tidy-plugin.so -print -quit)"
  [ -n "$plugin" ] || fail "$prefix: no clang-tidy plugin installed"
  for f in bin/distlint bin/distlint-clangd share/doc/distlint/checks/distsys-missing-timeout.md \
      share/doc/distlint/user-guide.md share/distlint/rules/distsys-missing-timeout.json; do
    [ -e "$prefix/$f" ] || fail "$prefix: $f is not installed"
  done

  out="$("$prefix/bin/distlint" "$work/src/fetch.cpp" -- -std=c++17 2>&1)" || status=$?
  [ "$status" -eq 1 ] || fail "$prefix: distlint exited $status on a file with a finding: $out"
  grep -q 'fetch.cpp:6:10: warning: .*\[distsys-missing-timeout\]' <<<"$out" ||
    fail "$prefix: distlint did not report the missing timeout: $out"

  out="$("$prefix/bin/distlint" --explain=distsys-missing-timeout)"
  grep -qxF "Documentation: $prefix/share/doc/distlint/checks/distsys-missing-timeout.md" <<<"$out" ||
    fail "$prefix: --explain does not point into the installed tree: $(tail -1 <<<"$out")"

  out="$(clang-tidy-19 -load="$plugin" -checks='-*,distsys-*' "$work/src/fetch.cpp" -- -std=c++17 2>&1)" ||
    true
  grep -q 'fetch.cpp:6:10: warning: .*\[distsys-missing-timeout\]' <<<"$out" ||
    fail "$prefix: the clang-tidy plugin did not report the missing timeout: $out"

  out="$(XDG_CONFIG_HOME="$work/xdg" python3 "$here/../frontends/lsp_client.py" \
    --server "$prefix/bin/distlint-clangd" --file "$work/src/fetch.cpp" \
    --expect-code distsys-missing-timeout --timeout 60 -- --log=error --background-index=false)" ||
    true
  grep -q 'diagnostic fetch.cpp:6:10 warning \[distsys-missing-timeout\]' <<<"$out" ||
    fail "$prefix: distlint-clangd did not report the missing timeout: $out"
}

cmake --install "$build" --prefix "$work/prefix" >/dev/null
check_tree "$work/prefix"
echo "cmake --install: the three front-ends run from $work/prefix"

(cd "$work" && cpack -G DEB -B "$work/pkg" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1) ||
  { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed"; }
deb="$(find "$work/pkg" -maxdepth 1 -name 'distlint_*.deb' -print -quit)"
[ -n "$deb" ] || fail "cpack wrote no distlint_*.deb: $(ls "$work/pkg")"
depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
for needed in libllvm19 libclang-cpp19 libclang-common-19-dev; do
  grep -qE "(^|, )$needed( |,|$)" <<<"$depends" || fail "the package does not depend on $needed"
done
# Test-only packages must not leak into the runtime dependencies.
if grep -qiE 'curl|hiredis|libpq|pqxx|sqlite|rdkafka|zookeeper|cpprest|soci|boost|gtest|httplib' \
    <<<"$depends"; then
  fail "the package depends on a test-only library"
fi
dpkg-deb -x "$deb" "$work/root"
check_tree "$work/root/usr"
echo "cpack -G DEB: $(basename "$deb") runs from a scratch root"
