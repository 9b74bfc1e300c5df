#!/usr/bin/env python3
"""Validates SARIF logs with Microsoft's SARIF Multitool and fails on any error or warning.

  validate_sarif.py <Sarif.Multitool> <log.sarif>...

The multitool exits 0 even when the log has errors, so its own SARIF output is read instead:
every result of level error or warning fails, and so does a validator run that did not complete.
Notes (advice such as "provide message arguments") are printed but do not fail.
"""
import json
import os
import subprocess
import sys
import tempfile


def main():
    tool, logs = sys.argv[1], sys.argv[2:]
    if not os.access(tool, os.X_OK):
        sys.exit("validate_sarif: the SARIF Multitool is missing or not executable: " + tool)
    problems = 0
    for path in logs:
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "validation.sarif")
            proc = subprocess.run(
                [tool, "validate", path, "--rule-kind", "Gh;Sarif", "--level",
                 "Error;Warning;Note", "--output", out, "--log", "ForceOverwrite"],
                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            if proc.returncode != 0 or not os.path.exists(out):
                print(proc.stdout)
                sys.exit("validate_sarif: the validator failed on %s (exit %d)" %
                         (path, proc.returncode))
            with open(out, encoding="utf-8") as f:
                report = json.load(f)
        run = report["runs"][0]
        for inv in run.get("invocations", []):
            if not inv.get("executionSuccessful", False):
                problems += 1
                print("%s: validator run not successful: %s" % (path, json.dumps(inv)))
        rules = {r["id"]: r for r in run["tool"]["driver"].get("rules", [])}
        for result in run.get("results", []):
            level = result.get("level", "warning")
            msg = result.get("message", {})
            template = rules.get(result["ruleId"], {}).get("messageStrings", {}).get(
                msg.get("id"), {}).get("text", msg.get("text", ""))
            for i, arg in enumerate(msg.get("arguments", [])):
                template = template.replace("{%d}" % i, str(arg))
            print("%s: %s %s: %s" % (path, level, result["ruleId"], template))
            if level in ("error", "warning"):
                problems += 1
    print("validate_sarif: %d error(s) or warning(s) in %d log(s)" % (problems, len(logs)))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
