"""What reviewdog's SARIF parser (-f=sarif) makes of a log, one line per diagnostic.

Follows reviewdog's documented reading of SARIF, as its parser at commit 6c307503 does: a result
with a suppression whose status is absent or "accepted" is skipped; a location's path is its
artifactLocation.uri joined to originalUriBaseIds[uriBaseId].uri, percent-decoded, then made
relative to the working directory; each `fixes` replacement becomes a suggestion (a one-click
"commit suggestion" on GitHub). Usage: reviewdog_view.py <log.sarif>
"""
import json
import os
import sys
import urllib.parse


def path_of(location, bases):
    uri = location.get("uri", "")
    base = bases.get(location.get("uriBaseId", ""), {}).get("uri")
    if base:
        uri = base.rstrip("/") + "/" + uri
    path = urllib.parse.unquote(urllib.parse.urlparse(uri).path)
    return os.path.relpath(path) if os.path.isabs(path) else path


def main():
    log = json.load(open(sys.argv[1], encoding="utf-8"))
    for run in log["runs"]:
        bases = run.get("originalUriBaseIds", {})
        for result in run["results"]:
            if any(s.get("status", "accepted") == "accepted" for s in result.get("suppressions", [])):
                continue
            where = result["locations"][0]["physicalLocation"]
            suggestions = sum(len(change["replacements"]) for fix in result.get("fixes", [])
                              for change in fix["artifactChanges"])
            print("%s:%d: %s [%s] suggestions=%d exists=%s" % (
                path_of(where["artifactLocation"], bases), where["region"]["startLine"],
                result.get("level"), result["ruleId"], suggestions,
                os.path.exists(path_of(where["artifactLocation"], bases))))


if __name__ == "__main__":
    main()
