#!/usr/bin/env python3
"""Checks a GitLab Code Quality report against what GitLab requires of each issue, and prints one
line per issue for FileCheck:  <severity> <check_name> <path>:<line> <description>

  codequality_check.py <report.json>

Fails (exit 1, the reason on stderr) when the report is not a JSON array, an issue lacks one of
description, check_name, fingerprint, severity, location.path, location.lines.begin, a severity is
not one of GitLab's, a path is absolute or percent-encoded, or two issues share a fingerprint
(GitLab then shows only one of them).
"""
import json
import re
import sys

SEVERITIES = {"info", "minor", "major", "critical", "blocker"}


def fail(message):
    print(f"codequality_check: {message}", file=sys.stderr)
    sys.exit(1)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        issues = json.load(f)
    if not isinstance(issues, list):
        fail("the report is not a JSON array")
    seen = set()
    for issue in issues:
        for key in ("description", "check_name", "fingerprint", "severity"):
            if not isinstance(issue.get(key), str) or not issue[key]:
                fail(f"issue without {key}: {issue}")
        location = issue.get("location", {})
        path, begin = location.get("path"), location.get("lines", {}).get("begin")
        if not isinstance(path, str) or not isinstance(begin, int) or begin < 1:
            fail(f"issue without location.path and location.lines.begin: {issue}")
        if path.startswith("/") or re.search(r"%[0-9A-Fa-f]{2}", path):
            fail(f"path not relative and unencoded: {path}")
        if issue["severity"] not in SEVERITIES:
            fail(f"severity {issue['severity']!r} is not one of GitLab's")
        if issue["fingerprint"] in seen:
            fail(f"fingerprint {issue['fingerprint']} used twice")
        seen.add(issue["fingerprint"])
        print(f"{issue['severity']} {issue['check_name']} {path}:{begin} {issue['description']}")
    print(f"{len(issues)} issue(s)")


if __name__ == "__main__":
    main()
