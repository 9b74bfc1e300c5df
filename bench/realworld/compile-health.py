#!/usr/bin/env python3
"""Does every translation unit of the real-code evaluation compile cleanly?

For each repo (or --only NAME) it runs each command of $DISTLINT_REALWORLD/<name>/compile_commands.json
(written by setup.py; parse-only, clang-19 / clang++-19 -fsyntax-only) and records whether the TU
has errors, how many, and the first one. A TU with compile errors is still analysed by distlint, but
its findings are less trustworthy (declarations may be missing); the goal is that every selected
TU compiles, and the ones that cannot be made to are excluded in repos.json with a reason.

Writes <out>/compile-health.json ({repo: {"tus", "with_errors", "files": {path: {...}}}}) and prints
one row per repo, then the failing TUs with their first error.

usage: bench/realworld/compile-health.py [--only NAME[,NAME...]] [--out DIR] [--label L] [-j N]
"""
import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import importlib.util  # noqa: E402

_spec = importlib.util.spec_from_file_location(
    "rw_setup", os.path.join(os.path.dirname(os.path.abspath(__file__)), "setup.py"))
setup = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(setup)

ERROR = re.compile(r"^(?P<loc>[^\s:][^:]*:\d+:\d+): (?:fatal )?error: (?P<msg>.*)$", re.M)


def check(entry, timeout):
    start = time.monotonic()
    try:
        proc = subprocess.run(entry["arguments"], cwd=entry["directory"], capture_output=True,
                              text=True, timeout=timeout)
        out, code = proc.stderr, proc.returncode
    except subprocess.TimeoutExpired:
        out, code = f"timeout after {timeout}s", -1
    errors = ERROR.findall(out)
    result = {"ok": code == 0 and not errors, "exit": code, "errors": len(errors),
              "seconds": round(time.monotonic() - start, 2)}
    if not result["ok"]:
        first = ERROR.search(out)
        result["first_error"] = (f"{first.group('loc')}: {first.group('msg')}" if first
                                 else out.strip().splitlines()[-1:] or ["(no output)"])
        if isinstance(result["first_error"], list):
            result["first_error"] = result["first_error"][0] if result["first_error"] else ""
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only")
    parser.add_argument("--label", default="baseline")
    parser.add_argument("--out")
    parser.add_argument("-j", type=int, default=1)
    parser.add_argument("--timeout", type=int, default=300, help="seconds per TU")
    args = parser.parse_args()
    out = args.out or os.path.join(setup.work_root(), f"out-{args.label}")
    os.makedirs(out, exist_ok=True)
    report_path = os.path.join(out, "compile-health.json")
    report = {}
    if os.path.isfile(report_path):
        with open(report_path) as f:
            report = json.load(f)
    print(f"{'repo':16} {'TUs':>5} {'errors':>7} {'seconds':>8}")
    for repo in setup.load_repos(args.only):
        db_path = os.path.join(setup.work_root(), repo["name"], "compile_commands.json")
        if not os.path.isfile(db_path):
            print(f"{repo['name']:16} no compilation database: run setup.py", file=sys.stderr)
            continue
        with open(db_path) as f:
            db = json.load(f)
        start = time.monotonic()
        with concurrent.futures.ThreadPoolExecutor(args.j) as pool:
            results = list(pool.map(lambda e: check(e, args.timeout), db))
        files = {os.path.relpath(e["file"], e["directory"]): r for e, r in zip(db, results)}
        bad = {p: r for p, r in files.items() if not r["ok"]}
        report[repo["name"]] = {"tus": len(files), "with_errors": len(bad), "files": files,
                                "seconds": round(time.monotonic() - start, 1)}
        print(f"{repo['name']:16} {len(files):5} {len(bad):7} {report[repo['name']]['seconds']:8}")
        for p, r in sorted(bad.items()):
            print(f"    {p}: {r['errors']} error(s): {r.get('first_error', '')}")
        with open(report_path, "w") as f:
            json.dump(report, f, indent=1, sort_keys=True)
    print(f"wrote {report_path}")


if __name__ == "__main__":
    main()
