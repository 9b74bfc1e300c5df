#!/usr/bin/env python3
"""Run distlint over the real-code evaluation set and summarise what it found.

For each repo of repos.json (or --only NAME), with the database setup.py wrote in
$DISTLINT_REALWORLD/<name> (default /tmp/realworld), from the checkout <name>/src (so SARIF and
report paths are checkout-relative, which is what judgments.tsv is keyed by):

  ${DISTLINT:-build/bin/distlint} -p <name> -j1 --fail-on=none --config-file=<name>/distlint.clang-tidy
      --checks=-*,distsys-* --sarif=<out>/<name>.sarif --format=json -o <out>/<name>.json <every file in the db>

The config file (Checks: '-*,distsys-*', written by setup.py) replaces any .clang-tidy of the
project, so all five distsys rules run on every file and nothing of the project's configuration
leaks in. Each repo has a timeout (--timeout, seconds).

Recorded per repo in <out>/summary.json and printed as a table: TUs in the database, TUs analysed,
TUs not analysed by reason (compile errors / "the compiler could not process this file" / no
compile command / other), findings per rule (NOLINT-suppressed ones counted apart), exit code,
wall time; with <out>/compile-health.json present (compile-health.py), the TUs with compile errors.

usage: bench/realworld/run.py [--only NAME[,NAME...]] [--label L | --out DIR] [--timeout S]
default --out: $DISTLINT_REALWORLD/out-<label>, --label default 'local'.
"""
import argparse
import collections
import datetime
import importlib.util
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
_spec = importlib.util.spec_from_file_location("rw_setup", os.path.join(HERE, "setup.py"))
setup = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(setup)

RULES = ["distsys-check-then-create", "distsys-hardcoded-test-resource-id",
         "distsys-missing-timeout", "distsys-tenant-unscoped-arn",
         "distsys-unpropagated-trace-context"]
SHORT = {"distsys-check-then-create": "ctc", "distsys-hardcoded-test-resource-id": "hcid",
         "distsys-missing-timeout": "mto", "distsys-tenant-unscoped-arn": "arn",
         "distsys-unpropagated-trace-context": "trace"}


def failure_reason(message):
    if "could not process" in message:
        return "could_not_process"
    if "no compile command" in message:
        return "no_compile_command"
    if "error:" in message:
        return "compile_errors"
    return "other"


def run_repo(repo, distlint, out, timeout):
    base, src, _ = setup.paths(repo)
    db_path = os.path.join(base, "compile_commands.json")
    if not os.path.isfile(db_path):
        return {"error": "no compilation database: run setup.py"}
    with open(db_path) as f:
        db = json.load(f)
    files = [os.path.relpath(e["file"], src) for e in db]
    sarif = os.path.join(out, repo["name"] + ".sarif")
    report = os.path.join(out, repo["name"] + ".json")
    for stale in (sarif, report):
        if os.path.exists(stale):
            os.remove(stale)
    command = [distlint, "-p", base, "-j1", "--fail-on=none",
               "--config-file=" + os.path.join(base, "distlint.clang-tidy"),
               "--checks=-*,distsys-*", "--sarif=" + sarif, "--format=json", "-o", report] + files
    start = time.monotonic()
    timed_out = False
    with open(os.path.join(out, repo["name"] + ".stderr"), "w") as err:
        try:
            code = subprocess.run(command, cwd=src, stdout=subprocess.DEVNULL, stderr=err,
                                  timeout=timeout).returncode
        except subprocess.TimeoutExpired:
            code, timed_out = None, True
    wall = round(time.monotonic() - start, 1)
    result = {"commit": repo["commit"], "tus": len(files), "exit": code, "timed_out": timed_out,
              "seconds": wall}
    if timed_out or not os.path.isfile(report):
        result["error"] = "timed out" if timed_out else f"no report (exit {code})"
        return result
    return summarise(report, result)


def summarise(report, result):
    """Fill result from a distlint JSON report: TUs analysed / not analysed by reason, findings."""
    files_count = result["tus"]
    with open(report) as f:
        data = json.load(f)
    failed = collections.defaultdict(set)
    for failure in data.get("failures", []):
        failed[failure_reason(failure.get("message", ""))].add(failure.get("file"))
    not_analysed = set().union(*failed.values()) if failed else set()
    per_rule = {rule: 0 for rule in RULES}
    suppressed = {rule: 0 for rule in RULES}
    for finding in data.get("findings", []):
        bucket = suppressed if finding.get("suppressed") else per_rule
        bucket[finding["ruleId"]] = bucket.get(finding["ruleId"], 0) + 1
    result.update({
        "tus_analysed": files_count - len(not_analysed),
        "files_analysed_reported": data.get("filesAnalysed"),
        "tus_not_analysed": len(not_analysed),
        "not_analysed_by_reason": {k: sorted(v) for k, v in sorted(failed.items())},
        "configuration_errors": data.get("configurationErrors", []),
        "findings": per_rule,
        "findings_total": sum(per_rule.values()),
        "suppressed": suppressed,
    })
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only")
    parser.add_argument("--label", default="local")
    parser.add_argument("--out")
    parser.add_argument("--timeout", type=int, default=3600, help="seconds per repo")
    parser.add_argument("--summary-only", action="store_true",
                        help="run nothing: rebuild summary.json and the table from <out>")
    args = parser.parse_args()
    distlint = os.environ.get("DISTLINT", os.path.join(ROOT, "build", "bin", "distlint"))
    if not os.access(distlint, os.X_OK):
        sys.exit(f"run.py: {distlint} is not executable (set DISTLINT=/path/to/distlint)")
    distlint = os.path.abspath(distlint)
    out = os.path.abspath(args.out or os.path.join(setup.work_root(), f"out-{args.label}"))
    os.makedirs(out, exist_ok=True)
    summary_path = os.path.join(out, "summary.json")
    summary = {"repos": {}}
    if os.path.isfile(summary_path):  # --only updates the repos it runs, keeps the others
        with open(summary_path) as f:
            summary = json.load(f)
    version = subprocess.run([distlint, "--version"], capture_output=True, text=True).stdout.strip()
    summary.update({"label": args.label, "distlint": distlint, "version": version})
    health = {}
    health_path = os.path.join(out, "compile-health.json")
    if os.path.isfile(health_path):
        with open(health_path) as f:
            health = json.load(f)
    for repo in ([] if args.summary_only else setup.load_repos(args.only)):
        if repo.get("skip"):
            summary["repos"][repo["name"]] = {"skipped": repo["skip"]}
            continue
        print(f"run.py: {repo['name']} ...", file=sys.stderr, flush=True)
        result = run_repo(repo, distlint, out, args.timeout)
        if repo["name"] in health:
            result["tus_with_compile_errors"] = health[repo["name"]]["with_errors"]
        result["date"] = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
        with open(os.path.join(out, repo["name"] + ".result.json"), "w") as f:
            json.dump(result, f, indent=1, sort_keys=True)
        summary["repos"][repo["name"]] = result
        # Other run.py --only processes may share this directory: the summary is every repo's
        # latest <name>.result.json.
        for other in setup.load_repos(None):
            path = os.path.join(out, other["name"] + ".result.json")
            if other["name"] != repo["name"] and os.path.isfile(path):
                with open(path) as f:
                    summary["repos"][other["name"]] = json.load(f)
        with open(summary_path + ".tmp", "w") as f:
            json.dump(summary, f, indent=1, sort_keys=True)
            f.write("\n")
        os.replace(summary_path + ".tmp", summary_path)
    finish_summary(summary, out)
    print_table(summary)
    print(f"wrote {summary_path}")


def finish_summary(summary, out):
    """Latest compile health of every repo, skipped repos listed, summary.json rewritten.
    (Also: run.py --summary-only rebuilds the table after compile-health.py ran again.)"""
    health_path = os.path.join(out, "compile-health.json")
    health = {}
    if os.path.isfile(health_path):
        with open(health_path) as f:
            health = json.load(f)
    for repo in setup.load_repos(None):
        path = os.path.join(out, repo["name"] + ".result.json")
        if os.path.isfile(path):
            with open(path) as f:
                summary["repos"][repo["name"]] = json.load(f)
    with open(setup.REPOS_JSON) as f:
        for repo in json.load(f)["repos"]:
            if repo.get("skip"):
                summary["repos"][repo["name"]] = {"skipped": repo["skip"]}
    with open(setup.REPOS_JSON) as f:
        order = [r["name"] for r in json.load(f)["repos"]]
    summary["repos"] = {name: summary["repos"][name] for name in order if name in summary["repos"]}
    for name, result in summary["repos"].items():
        if name in health and "tus" in result:
            result["tus_with_compile_errors"] = health[name]["with_errors"]
            result["compile_error_tus"] = sorted(p for p, r in health[name]["files"].items() if not r["ok"])
    summary_path = os.path.join(out, "summary.json")
    with open(summary_path + ".tmp", "w") as f:
        json.dump(summary, f, indent=1, sort_keys=True)
        f.write("\n")
    os.replace(summary_path + ".tmp", summary_path)


def print_table(summary):
    head = (f"{'repo':18} {'TUs':>4} {'cErr':>4} {'anal':>4} {'notA':>4} {'cnp':>3} "
            + " ".join(f"{SHORT[r]:>5}" for r in RULES) + f" {'total':>5} {'secs':>7} exit")
    print(head)
    print("-" * len(head))
    totals = collections.Counter()
    for name, r in summary["repos"].items():
        if "skipped" in r:
            print(f"{name:18} skipped: {r['skipped']}")
            continue
        if "findings" not in r:
            print(f"{name:18} {r.get('tus', 0):4} {r.get('error')}")
            continue
        cnp = len(r["not_analysed_by_reason"].get("could_not_process", []))
        cerr = r.get("tus_with_compile_errors", "-")
        print(f"{name:18} {r['tus']:4} {cerr:>4} {r['tus_analysed']:4} {r['tus_not_analysed']:4} {cnp:3} "
              + " ".join(f"{r['findings'][rule]:5}" for rule in RULES)
              + f" {r['findings_total']:5} {r['seconds']:7} {r['exit']}")
        totals.update({"tus": r["tus"], "analysed": r["tus_analysed"], "total": r["findings_total"],
                       "secs": r["seconds"], **r["findings"]})
    print("-" * len(head))
    print(f"{'all':18} {totals['tus']:4} {'':4} {totals['analysed']:4} {'':4} {'':3} "
          + " ".join(f"{totals[rule]:5}" for rule in RULES)
          + f" {totals['total']:5} {round(totals['secs'], 1):7}")
    print("cErr: TUs with compile errors (compile-health.py); notA: TUs distlint did not analyse; "
          "cnp: of which 'could not process'; " + ", ".join(f"{v}={k}" for k, v in SHORT.items()))


if __name__ == "__main__":
    main()
