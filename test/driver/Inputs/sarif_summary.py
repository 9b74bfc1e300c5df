#!/usr/bin/env python3
"""Prints the facts of a SARIF log that tests check, one per line, for FileCheck.

  run: executionSuccessful=<bool> srcroot=<uri> vcs=<repositoryUri>@<branch>
  notification: <descriptor id> <level> <uri or -> <message>
  result: <ruleId>#<ruleIndex> <level> <uri>:<line>:<col>-<endLine>:<endCol> '<snippet>'
          [suppressed=<kinds>] [baseline=<state>] related=<n> flows=<n> fixes=<n> suggestions=<n> fp=<fingerprint>
  related: <uri>:<line>:<col> <message>
"""
import json
import sys


def loc(physical):
    region = physical.get("region", {})
    art = physical["artifactLocation"]
    uri = art["uri"] if "uriBaseId" not in art else art["uriBaseId"] + "/" + art["uri"]
    return "%s:%s:%s-%s:%s" % (uri, region.get("startLine"), region.get("startColumn"),
                               region.get("endLine"), region.get("endColumn"))


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        log = json.load(f)
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    inv = run["invocations"][0]
    vcs = run.get("versionControlProvenance", [{}])[0]
    print("run: executionSuccessful=%s srcroot=%s vcs=%s@%s" % (
        str(inv["executionSuccessful"]).lower(), run["originalUriBaseIds"]["%SRCROOT%"]["uri"],
        vcs.get("repositoryUri", "-"), vcs.get("branch", "-")))
    for n in inv.get("toolExecutionNotifications", []):
        where = "-"
        if n.get("locations"):
            where = n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        print("notification: %s %s %s %s" % (n["descriptor"]["id"], n["level"], where,
                                             n["message"]["text"]))
    for r in run.get("results", []):
        physical = r["locations"][0]["physicalLocation"]
        line = "result: %s#%s %s %s '%s'" % (r["ruleId"], r.get("ruleIndex"), r["level"],
                                            loc(physical),
                                            physical["region"].get("snippet", {}).get("text"))
        if "suppressions" in r:
            line += " suppressed=" + ",".join(s["kind"] for s in r["suppressions"])
        if "baselineState" in r:
            line += " baseline=" + r["baselineState"]
        line += " related=%d flows=%d fixes=%d suggestions=%d fp=%s" % (
            len(r.get("relatedLocations", [])), len(r.get("codeFlows", [])),
            len(r.get("fixes", [])), len(r.get("properties", {}).get("suggestions", [])),
            r["partialFingerprints"]["distlintFingerprint/v2"])
        print(line)
        for rel in r.get("relatedLocations", []):
            print("related: %s %s" % (loc(rel["physicalLocation"]), rel["message"]["text"]))


if __name__ == "__main__":
    main()
