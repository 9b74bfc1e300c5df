#!/usr/bin/env bash
# Installs the Debian packages the real-code set needs to parse (headers of the libraries the
# repositories use, plus LLVM's libc++ for libpqxx's C++20 <format>; jsoncpp and uuid for
# Drogon; spdlog for stackapi.cpp), with distlint's own.
# Idempotent; run as root.
set -euo pipefail
exec bash "$(dirname "$0")/../../scripts/install-deps.sh" \
  libcurl4-openssl-dev libhiredis-dev libpq-dev libsqlite3-dev nlohmann-json3-dev libboost-dev \
  libboost-system-dev libboost-thread-dev libgtest-dev libssl-dev zlib1g-dev libbrotli-dev \
  libfmt-dev libc++-19-dev libc++abi-19-dev libjsoncpp-dev uuid-dev libspdlog-dev
