#!/usr/bin/env python3
"""Scores one run of the real-code set against our judgments.

For every finding in <out>/<repo>.sarif it looks up the verdict in judgments.tsv (by repo, rule,
path and line) and prints, per rule and repository: findings, TP, FP, unjudged, precision over
judged findings, and of the real instances in misses.tsv how many this run reports (found) and
how many it still misses. Unjudged findings are listed so they can be judged; with --strict the
script exits 1 when there are any.

usage: bench/realworld/score.py --out /tmp/realworld/out-<label> [--markdown] [--strict]
"""
import argparse
import collections
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def read_tsv(name, fields):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            if not row or row[0] == fields[0]:
                continue  # blank line or the header
            rows.append(dict(zip(fields, row)))
    return rows


def findings(out, repo):
    path = os.path.join(out, repo + ".sarif")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        log = json.load(f)
    found = []
    for result in log["runs"][0]["results"]:
        if result.get("suppressions"):
            continue
        where = result["locations"][0]["physicalLocation"]
        found.append((result["ruleId"], where["artifactLocation"]["uri"],
                      int(where["region"]["startLine"]), result["message"]["text"]))
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--markdown", action="store_true", help="print the docs/accuracy.md tables")
    parser.add_argument("--strict", action="store_true", help="exit 1 on unjudged findings")
    args = parser.parse_args()

    with open(os.path.join(HERE, "repos.json"), encoding="utf-8") as f:
        repos = [r["name"] for r in json.load(f)["repos"] if not r.get("skip")]
    verdicts = {(j["repo"], j["rule"], j["path"], int(j["line"])): j
                for j in read_tsv("judgments.tsv",
                                  ["repo", "rule", "path", "line", "verdict", "cause", "note"])}
    misses = read_tsv("misses.tsv", ["repo", "rule", "path", "line", "shape"])

    table = collections.defaultdict(lambda: collections.Counter())
    causes = collections.defaultdict(collections.Counter)
    unjudged = []
    reported = set()
    for repo in repos:
        found = findings(args.out, repo)
        if found is None:
            print(f"score: no {repo}.sarif in {args.out}", file=sys.stderr)
            continue
        for rule, path, line, message in found:
            reported.add((repo, rule, path, line))
            row = table[(rule, repo)]
            row["findings"] += 1
            verdict = verdicts.get((repo, rule, path, line))
            if verdict is None:
                row["unjudged"] += 1
                unjudged.append(f"{repo}\t{rule}\t{path}\t{line}\t{message}")
                continue
            row[verdict["verdict"]] += 1
            if verdict["verdict"] == "FP":
                causes[rule][verdict["cause"]] += 1
    for miss in misses:
        key = (miss["repo"], miss["rule"], miss["path"], int(miss["line"]))
        table[(miss["rule"], miss["repo"])]["found" if key in reported else "missed"] += 1

    rules = sorted({rule for rule, _ in table})
    for rule in rules:
        rows = [(repo, table[(rule, repo)]) for repo in repos if (rule, repo) in table]
        total = sum((c for _, c in rows), collections.Counter())
        print(f"\n### {rule}\n" if args.markdown else f"\n{rule}")
        print("| repo | findings | TP | FP | unjudged | precision | known misses found | still missed |")
        print("|---|---|---|---|---|---|---|---|")
        for repo, c in rows + [("**all**", total)]:
            judged = c["TP"] + c["FP"]
            precision = f"{c['TP'] / judged:.2f}" if judged else "–"
            print(f"| {repo} | {c['findings']} | {c['TP']} | {c['FP']} | {c['unjudged']} | "
                  f"{precision} | {c['found']} | {c['missed']} |")
        if causes[rule]:
            print("\nFalse positives by cause: " +
                  ", ".join(f"`{cause}` {n}" for cause, n in causes[rule].most_common()))
    if unjudged:
        print(f"\nscore: {len(unjudged)} unjudged finding(s):", file=sys.stderr)
        for line in unjudged:
            print("  " + line, file=sys.stderr)
    return 1 if args.strict and unjudged else 0


if __name__ == "__main__":
    sys.exit(main())
