#!/usr/bin/env bash
# Installs the Debian packages distlint needs, plus any packages named as arguments
# (bench/realworld/install-deps.sh passes its own). Idempotent; run as root.
#   install-deps.sh               building distlint and running its whole test suite
#   install-deps.sh --build-only  building, installing and packaging distlint, nothing else
set -euo pipefail

# Building distlint (cmake -DBUILD_TESTING=OFF), installing it and packaging it with CPack.
build_packages=(
  cmake ninja-build g++ git
  # LLVM/Clang 19 libraries (clangTidy, clangd's archives) and clang's builtin headers
  llvm-19-dev libclang-19-dev libclang-common-19-dev
  # clangd's own link dependencies (distlint-clangd links its remote-index client)
  libgrpc++-dev libprotobuf-dev libabsl-dev
  nlohmann-json3-dev
  # cpack -G DEB computes the package's dependencies with dpkg-shlibdeps
  dpkg-dev file
)
# Only the tests need these: lit and FileCheck, the compiler and clang-tidy we compare against,
# GoogleTest, the gRPC stub generator, and the real SDK headers the checks are tested on.
test_packages=(
  python3 pkg-config llvm-19-tools clang-19 clang-tidy-19 libclang-rt-19-dev
  protobuf-compiler protobuf-compiler-grpc libgtest-dev
  libcurl4-openssl-dev libhiredis-dev libboost-dev libpq-dev libpqxx-dev libsqlite3-dev
  librdkafka-dev libzookeeper-mt-dev libcpp-httplib-dev libcpprest-dev libsoci-dev
  # test/frontends/pre-commit.test runs the hook with Debian's pre-commit
  pre-commit
  # bench/run.sh measures wall time and peak memory with GNU time (/usr/bin/time -v)
  time
)

packages=("${build_packages[@]}")
if [ "${1:-}" = "--build-only" ]; then
  shift
else
  packages+=("${test_packages[@]}")
  # SARIF validation uses Microsoft's sarif-multitool from npm. Node may come from another apt
  # source (nodesource's nodejs bundles npm and conflicts with Debian's npm), so only ask for it
  # when absent.
  command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
fi
packages+=("$@")

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: missing packages: ${missing[*]}; run this script as root" >&2
    exit 2
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
