#!/usr/bin/env python3
"""Checks the SARIF shape of distsys-check-then-create results: the create is the primary
location, the existence check a relatedLocation and the first codeFlows step, and the fix-it a
SARIF fix.  check-then-create-sarif.py <log.sarif>"""
import json
import sys

run = json.load(open(sys.argv[1], encoding="utf-8"))["runs"][0]
rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
results = [r for r in run["results"] if r["ruleId"] == "distsys-check-then-create"]
assert len(results) == 1, results
result = results[0]
rule = run["tool"]["driver"]["rules"][result["ruleIndex"]]
assert rule["id"] == "distsys-check-then-create", rule["id"]
assert "external/cwe/cwe-367" in rule["properties"]["tags"], rule["properties"]
primary = result["locations"][0]["physicalLocation"]["region"]
related = result["relatedLocations"][0]
assert primary["startLine"] == 10, primary
assert related["physicalLocation"]["region"]["startLine"] == 9, related
assert "checks the file here" in related["message"]["text"], related
steps = result["codeFlows"][0]["threadFlows"][0]["locations"]
assert [s["location"]["physicalLocation"]["region"]["startLine"] for s in steps] == [9, 10], steps
insert = result["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"]
assert insert == " | O_EXCL", insert
print("check-then-create-sarif: ok")
