#!/usr/bin/env bash
# Installs every Debian package distlint's build, tests and example need, plus any packages named
# as arguments (bench/realworld/install-deps.sh passes its own). Idempotent; run as root.
set -euo pipefail

packages=(
  # toolchain
  cmake ninja-build g++ python3 git pkg-config
  # LLVM/Clang 19: libraries, lit tools, the compiler and clang-tidy we compare against
  llvm-19-dev libclang-19-dev llvm-19-tools clang-19 clang-tidy-19 libclang-rt-19-dev
  # clangd's own link dependencies (distlint-clangd)
  libgrpc++-dev libprotobuf-dev protobuf-compiler protobuf-compiler-grpc libabsl-dev
  # our own libraries
  nlohmann-json3-dev libgtest-dev
  # real SDK headers the checks are tested on
  libcurl4-openssl-dev libhiredis-dev libboost-dev libpq-dev libpqxx-dev libsqlite3-dev
  librdkafka-dev libzookeeper-mt-dev libcpp-httplib-dev libcpprest-dev libsoci-dev
  # bench/run.sh measures wall time and peak memory with GNU time (/usr/bin/time -v)
  time
)
# SARIF validation uses Microsoft's sarif-multitool from npm. Node may come from another apt source
# (nodesource's nodejs bundles npm and conflicts with Debian's npm), so only ask for it when absent.
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
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
