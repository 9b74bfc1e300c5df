#!/usr/bin/env bash
# Installs the Debian packages the real-code set needs to parse (headers of the libraries the
# repositories use, plus LLVM's libc++ for libpqxx's C++20 <format>). Idempotent; run as root.
set -euo pipefail
packages=(
  clang-19 libcurl4-openssl-dev libhiredis-dev libpq-dev libsqlite3-dev nlohmann-json3-dev
  libboost-dev libboost-system-dev libboost-thread-dev libgtest-dev libssl-dev zlib1g-dev
  libbrotli-dev libfmt-dev libc++-19-dev libc++abi-19-dev
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
((${#missing[@]})) || exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages: ${missing[*]}; run this script as root" >&2
  exit 2
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
