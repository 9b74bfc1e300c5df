#!/usr/bin/env bash
# Benchmark entry point; see bench/run.py for what is measured.
exec python3 "$(dirname "$0")/run.py" "$@"
