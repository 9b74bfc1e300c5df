#!/usr/bin/env python3
"""Prints a distlint SARIF log's results as GitHub workflow annotations (::warning file=...).

The GitHub Action's fallback when code scanning cannot take the log (a private repository
without it, or uploads turned off). NOLINT-suppressed results are left out. Paths are relative to
the log's %SRCROOT% (the repository's top level, as GitHub expects) and percent-decoded.
Usage: annotate.py <log.sarif>
"""
import json
import sys
import urllib.parse

COMMANDS = {"error": "error", "warning": "warning", "note": "notice", "none": "notice"}


def data(text):
    """Escapes a workflow command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def prop(text):
    """Escapes a workflow command's property value."""
    return data(text).replace(":", "%3A").replace(",", "%2C")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__.strip().splitlines()[-1])
    with open(sys.argv[1], encoding="utf-8") as f:
        log = json.load(f)
    count = 0
    for run in log.get("runs", []):
        for result in run.get("results", []):
            if result.get("suppressions"):
                continue
            where = result["locations"][0]["physicalLocation"]
            region = where.get("region", {})
            path = urllib.parse.unquote(where["artifactLocation"]["uri"])
            fields = ["file=" + prop(path)]
            for name, key in (("line", "startLine"), ("col", "startColumn"),
                              ("endLine", "endLine")):
                if key in region:
                    fields.append("%s=%d" % (name, region[key]))
            fields.append("title=" + prop(result["ruleId"]))
            command = COMMANDS.get(result.get("level", "warning"), "warning")
            print("::%s %s::%s" % (command, ",".join(fields), data(result["message"]["text"])))
            count += 1
    print("distlint: %d result(s) as workflow annotations" % count)


if __name__ == "__main__":
    main()
