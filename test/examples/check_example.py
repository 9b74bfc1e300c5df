#!/usr/bin/env python3
"""Runs distlint on the examples project and checks its findings against the annotations in the
example's sources, so the example cannot silently rot.

  // distlint-expect: <rule-id>    distlint must report <rule-id> on this line
  // distlint-pending: <rule-id>   distlint may report <rule-id> here (an API family that is still
                                   being modelled); reported or not, the test passes
  // NOLINT(<rule-id>)             distlint must report <rule-id> here as suppressed

For every rule named by an expect or pending annotation, a finding on an unannotated line is a
false positive and fails the test. distlint must analyse every file and exit with 1.

usage: check_example.py --distlint=BIN -p BUILD_DIR [--examples=DIR] [distlint options...]
Run it from the repository root (finding paths are relative to it).
"""
import argparse
import json
import os
import re
import subprocess
import sys

ANNOTATION = re.compile(r"distlint-(expect|pending):\s*([\w-]+(?:\s*,\s*[\w-]+)*)")
NOLINT = re.compile(r"NOLINT(?:NEXTLINE)?\(([^)]*)\)")
SOURCE_SUFFIXES = (".cpp", ".cc", ".h", ".hpp")


def annotations(examples):
    """{(abs path, line): {"expect": set, "pending": set, "nolint": set}}"""
    found = {}
    for top in ("src", "include", "tests"):
        for dirpath, _, files in os.walk(os.path.join(examples, top)):
            for name in sorted(files):
                if not name.endswith(SOURCE_SUFFIXES):
                    continue
                path = os.path.realpath(os.path.join(dirpath, name))
                with open(path, encoding="utf-8") as f:
                    for number, text in enumerate(f, 1):
                        for kind, ids in ANNOTATION.findall(text):
                            slot = found.setdefault((path, number), {})
                            slot.setdefault(kind, set()).update(
                                i.strip() for i in ids.split(","))
                        for ids in NOLINT.findall(text):
                            line = number + 1 if "NOLINTNEXTLINE" in text else number
                            slot = found.setdefault((path, line), {})
                            slot.setdefault("nolint", set()).update(
                                i.strip() for i in ids.split(","))
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--distlint", required=True)
    parser.add_argument("-p", dest="build", required=True)
    parser.add_argument("--examples", default="examples")
    args, extra = parser.parse_known_args()
    examples = os.path.realpath(args.examples)

    command = [args.distlint, "-p", args.build, "--format=json"] + extra
    run = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    errors = []
    if run.returncode != 1:
        errors.append(f"distlint exited with {run.returncode}, expected 1 (findings fail the gate)")
    try:
        report = json.loads(run.stdout)
    except json.JSONDecodeError as e:
        print(f"FAIL: distlint did not print a JSON report ({e})\n{run.stderr}", file=sys.stderr)
        return 1
    for failure in report.get("failures", []):
        errors.append(f"not analysed: {failure['message']}")

    expected = annotations(examples)
    strict = set()
    for slot in expected.values():
        strict |= slot.get("expect", set()) | slot.get("pending", set())

    def where(finding):
        return (os.path.realpath(finding["file"]), finding["line"])

    reported = {}  # (path, line) -> [findings]
    for finding in report.get("findings", []):
        reported.setdefault(where(finding), []).append(finding)

    counts = {rule: [0, 0] for rule in strict}  # rule -> [expected, reported]
    pending_reported = []
    for (path, line), slot in sorted(expected.items()):
        here = reported.get((path, line), [])
        rel = os.path.relpath(path)
        for rule in sorted(slot.get("expect", ())):
            counts[rule][0] += 1
            if any(f["ruleId"] == rule and not f["suppressed"] for f in here):
                counts[rule][1] += 1
            else:
                errors.append(f"{rel}:{line}: expected a {rule} finding, none reported")
        for rule in sorted(slot.get("pending", ())):
            if any(f["ruleId"] == rule for f in here):
                pending_reported.append(f"{rel}:{line}: {rule}")
        for rule in sorted(slot.get("nolint", ())):
            if rule in strict and not any(f["ruleId"] == rule and f["suppressed"] for f in here):
                errors.append(f"{rel}:{line}: expected a {rule} finding suppressed by NOLINT")

    for (path, line), findings in sorted(reported.items()):
        slot = expected.get((path, line), {})
        allowed = slot.get("expect", set()) | slot.get("pending", set())
        for f in findings:
            if f["suppressed"] and f["ruleId"] in slot.get("nolint", set()):
                continue
            if f["ruleId"] in strict and f["ruleId"] not in allowed:
                errors.append(f"{f['file']}:{line}:{f['column']}: unexpected {f['ruleId']} "
                              f"finding: {f['message']} (fix the false positive, or annotate "
                              f"the line with 'distlint-expect: {f['ruleId']}')")

    # The SARIF log written alongside (--sarif=...) must carry the same results, NOLINT'd ones as
    # in-source suppressions.
    sarif_path = next((a.split("=", 1)[1] for a in extra if a.startswith("--sarif=")), None)
    if sarif_path:
        with open(sarif_path, encoding="utf-8") as f:
            sarif = json.load(f)
        in_sarif = sorted(
            (os.path.realpath(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]),
             r["locations"][0]["physicalLocation"]["region"]["startLine"], r["ruleId"],
             any(s.get("kind") == "inSource" for s in r.get("suppressions", [])))
            for run_ in sarif["runs"] for r in run_.get("results", []))
        in_json = sorted(where(f) + (f["ruleId"], f["suppressed"])
                         for f in report.get("findings", []))
        if in_sarif != in_json:
            errors.append(f"the SARIF log {sarif_path} does not match the JSON report:\n"
                          f"  SARIF {in_sarif}\n  JSON  {in_json}")
        else:
            print(f"SARIF log matches: {len(in_sarif)} result(s), "
                  f"{sum(r[3] for r in in_sarif)} suppressed in source")

    for rule in sorted(counts):
        print(f"{rule}: {counts[rule][1]} of {counts[rule][0]} expected findings reported")
    for p in pending_reported:
        print(f"note: pending finding now reported, promote it to distlint-expect: {p}")
    print(f"files analysed: {report.get('filesAnalysed')}, failures: "
          f"{len(report.get('failures', []))}")
    if errors:
        for e in errors:
            print(f"error: {e}", file=sys.stderr)
        print(run.stderr, file=sys.stderr, end="")
        return 1
    print("example findings OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
