#!/usr/bin/env python3
"""Checks that a SARIF log's tool.driver matches the rule catalog in rules/*.json.

  check_sarif_rules.py <log.sarif> <rules-dir>
"""
import glob
import json
import os
import sys


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        driver = json.load(f)["runs"][0]["tool"]["driver"]
    errors = []

    def expect(what, actual, wanted):
        if actual != wanted:
            errors.append("%s: %r != %r" % (what, actual, wanted))

    for key in ("name", "version", "semanticVersion", "informationUri"):
        if not driver.get(key):
            errors.append("tool.driver.%s is missing" % key)
    expect("tool.driver.name", driver.get("name"), "distlint")
    rules = []
    for path in sorted(glob.glob(os.path.join(sys.argv[2], "*.json"))):
        with open(path, encoding="utf-8") as f:
            rules.append(json.load(f))
    rules.sort(key=lambda r: r["id"])
    expect("number of rules", len(driver["rules"]), len(rules))
    for rule, desc in zip(rules, driver["rules"]):
        where = "rule " + rule["id"]
        expect(where + " id", desc["id"], rule["id"])
        expect(where + " name", desc["name"], rule["name"])
        expect(where + " shortDescription", desc["shortDescription"]["text"].rstrip("."),
               rule["summary"].rstrip("."))
        expect(where + " fullDescription", desc["fullDescription"]["text"].rstrip("."),
               rule["description"].rstrip("."))
        expect(where + " help.markdown", desc["help"]["markdown"], rule["help"])
        if rule["fix"] not in desc["help"]["text"]:
            errors.append(where + " help.text lacks the fix")
        if not desc["helpUri"].endswith("/docs/checks/%s.md" % rule["id"]):
            errors.append(where + " helpUri: " + desc["helpUri"])
        expect(where + " level", desc["defaultConfiguration"]["level"], rule["level"])
        props = desc["properties"]
        expect(where + " tags", props["tags"], rule["tags"])
        if not any(t.startswith("external/cwe/cwe-") for t in props["tags"]):
            errors.append(where + " has no CWE tag")
        expect(where + " precision", props["precision"], rule["precision"])
        expect(where + " security-severity", props.get("security-severity"),
               rule.get("securitySeverity"))
    for n in driver["notifications"]:
        for key in ("id", "name", "shortDescription", "fullDescription", "help"):
            if key not in n:
                errors.append("notification %s lacks %s" % (n.get("id"), key))
    for e in errors:
        print("check_sarif_rules: " + e)
    print("check_sarif_rules: %d rule(s), %d problem(s)" % (len(rules), len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
