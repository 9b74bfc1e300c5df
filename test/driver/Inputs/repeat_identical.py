#!/usr/bin/env python3
"""Runs a distlint command N times and fails unless its SARIF output equals a reference each time.

  repeat_identical.py <N> <reference.sarif> <distlint> ... --sarif=<out.sarif> ...

Exit codes 0 and 1 are both results; the output file is compared byte for byte.
"""
import subprocess
import sys


def main():
    runs, reference, cmd = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    out = next(a.split("=", 1)[1] for a in cmd if a.startswith("--sarif="))
    with open(reference, "rb") as f:
        expected = f.read()
    for run in range(runs):
        proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if proc.returncode not in (0, 1):
            sys.exit(f"run {run}: exit {proc.returncode}: {proc.stderr.decode(errors='replace')}")
        with open(out, "rb") as f:
            if f.read() != expected:
                sys.exit(f"run {run}: {out} differs from {reference}")
    print(f"{runs} runs identical")


if __name__ == "__main__":
    main()
