#!/usr/bin/env python3
"""Runs distlint over a set of sources at -j1 and -j2, twice each, and fails unless the SARIF
logs and text reports are byte-identical.

  determinism.py <distlint> <work-dir> <compile-arg>... -- <source>...
  determinism.py <distlint> <build-dir-with-compile_commands.json>

In the first form a compilation database with the same arguments for every source is written in
<work-dir>; in the second, every file of the existing database is analysed.
"""
import json
import os
import re
import subprocess
import sys


def main():
    distlint, work = sys.argv[1], os.path.abspath(sys.argv[2])
    rest = sys.argv[3:]
    if rest:
        split = rest.index("--")
        args, sources = rest[:split], [os.path.abspath(s) for s in rest[split + 1:]]
        os.makedirs(work, exist_ok=True)
        db = [{"directory": work, "file": s, "arguments": ["clang++", "-c", *args, s]}
              for s in sources]
        with open(os.path.join(work, "compile_commands.json"), "w") as f:
            json.dump(db, f)
    else:
        with open(os.path.join(work, "compile_commands.json")) as f:
            sources = [e["file"] for e in json.load(f)]
    outputs = []
    for jobs in ("1", "2", "1", "2"):
        sarif = os.path.join(work, f"j{jobs}.sarif")
        proc = subprocess.run([distlint, "-p", work, "-j", jobs, "--sarif=" + sarif],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=work)
        if proc.returncode not in (0, 1, 3):
            sys.exit(f"-j{jobs}: exit {proc.returncode}: {proc.stderr.decode(errors='replace')}")
        # Progress lines (files done, seconds elapsed) depend on timing by nature; the rest of
        # standard error must not.
        stderr = re.sub(rb"(?m)^distlint: \d+/\d+ file\(s\) analysed, .*\n", b"", proc.stderr)
        with open(sarif, "rb") as f:
            outputs.append((proc.returncode, proc.stdout, stderr, f.read()))
    if any(o != outputs[0] for o in outputs):
        sys.exit("determinism: runs at -j1 and -j2 differ")
    results = len(json.loads(outputs[0][3])["runs"][0]["results"])
    print(f"determinism: {len(sources)} file(s), {results} result(s), 4 identical runs")


if __name__ == "__main__":
    main()
