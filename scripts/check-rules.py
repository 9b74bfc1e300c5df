#!/usr/bin/env python3
"""Keeps every rule's four mirror files in step with rules/ (STYLE.md, point 1):

  rules/<id>.json  <->  checks/<Name>/<Name>Check.{h,cpp} and README.md
                   <->  test/checks/<id>*.cpp
                   <->  docs/checks/<id>.md, listed in docs/checks/README.md

Checks each rule file's required fields (the ones the rule catalog parses), that the mirrors exist,
that no check, test or page is left without a rule, and that docs/checks/README.md is exactly the
index generated from rules/, and the user guide's options table too. Exit status 0 when consistent, 1 otherwise.

  check-rules.py [--root DIR] [--allow-missing PATH]...   verify
  check-rules.py [--root DIR] --write-index               regenerate the index and the table
"""
import argparse
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REQUIRED = ["id", "name", "summary", "description", "fix", "help", "level", "precision",
            "maturity"]
LEVELS = {"error", "warning", "note"}
PRECISIONS = {"very-high", "high", "medium", "low"}
MATURITIES = {"stable", "experimental"}
ID_PATTERN = re.compile(r"^distsys-[a-z0-9]+(-[a-z0-9]+)*$")
NAME_PATTERN = re.compile(r"^[A-Z][A-Za-z0-9]*$")
INDEX = os.path.join("docs", "checks", "README.md")
GUIDE = os.path.join("docs", "user-guide.md")
OPTIONS_BEGIN = "<!-- options: generated from rules/*.json by scripts/check-rules.py --write-index -->"
OPTIONS_END = "<!-- end of options -->"


def load_rules(root):
    """[(path, rule dict)] sorted by id; raises ValueError on a malformed file."""
    rules = []
    for path in sorted(glob.glob(os.path.join(root, "rules", "distsys-*.json"))):
        rel = os.path.relpath(path, root)
        try:
            with open(path, encoding="utf-8") as f:
                rule = json.load(f)
        except (OSError, json.JSONDecodeError) as e:
            raise ValueError(f"{rel}: not valid JSON: {e}")
        if not isinstance(rule, dict):
            raise ValueError(f"{rel}: not a JSON object")
        rules.append((rel, rule))
    return sorted(rules, key=lambda r: r[1].get("id", ""))


def render_index(rules):
    lines = [
        "<!-- Generated from rules/*.json by scripts/check-rules.py --write-index; do not edit. -->",
        "# distlint checks",
        "",
        "One page per rule. The same metadata drives `distlint --list-checks`, "
        "`distlint --explain=<rule-id>` and the SARIF rule descriptors (whose `helpUri` points "
        "here); it lives in `rules/<rule-id>.json`. Add a rule with `scripts/new-rule.py`.",
        "",
        "| Rule | Finds | Level | Precision | Maturity |",
        "|---|---|---|---|---|",
    ]
    for _, rule in rules:
        summary = rule.get("summary", "").replace("|", "\\|")
        lines.append(f"| [`{rule['id']}`]({rule['id']}.md) | {summary} | {rule.get('level')} | "
                     f"{rule.get('precision')} | {rule.get('maturity')} |")
    return "\n".join(lines) + "\n"


def render_options(rules):
    """The user guide's table of every rule's CheckOptions, between its markers."""
    lines = [OPTIONS_BEGIN, "| option | default | meaning |", "|---|---|---|"]
    for _, rule in rules:
        for option in rule.get("options", []):
            meaning = option.get("description", "").replace("|", "\\|")
            lines.append(f"| `{rule['id']}.{option['name']}` | `'{option.get('default', '')}'` | "
                         f"{meaning} |")
    lines.append(OPTIONS_END)
    return "\n".join(lines)


def with_options(guide, rules):
    """\\p guide with its options table regenerated; None when it has no markers."""
    begin, end = guide.find(OPTIONS_BEGIN), guide.find(OPTIONS_END)
    if begin < 0 or end < begin:
        return None
    return guide[:begin] + render_options(rules) + guide[end + len(OPTIONS_END):]


def verify(root, allow_missing):
    errors = []
    try:
        rules = load_rules(root)
    except ValueError as e:
        return [str(e)]
    allowed = {os.path.normpath(p) for p in allow_missing}

    def need(rel, what):
        if os.path.exists(os.path.join(root, rel)):
            return
        if os.path.normpath(rel) in allowed:
            print(f"check-rules: note: {rel} is missing (allowed by --allow-missing)")
            return
        errors.append(f"{what}: missing {rel}")

    ids, names = set(), set()
    for rel, rule in rules:
        for field in REQUIRED:
            if not isinstance(rule.get(field), str) or not rule[field]:
                errors.append(f"{rel}: field '{field}' must be a non-empty string")
        rid, name = rule.get("id", ""), rule.get("name", "")
        if not isinstance(rule.get("tags"), list) or not all(
                isinstance(t, str) for t in rule.get("tags", [None])):
            errors.append(f"{rel}: field 'tags' must be an array of strings")
        if os.path.basename(rel) != f"{rid}.json":
            errors.append(f"{rel}: file name must be the rule id ({rid}.json)")
        if not ID_PATTERN.match(rid):
            errors.append(f"{rel}: id '{rid}' must be distsys-<lowercase-words>")
        if not NAME_PATTERN.match(name):
            errors.append(f"{rel}: name '{name}' must be PascalCase")
        if rule.get("level") not in LEVELS:
            errors.append(f"{rel}: level must be one of {sorted(LEVELS)}")
        if rule.get("precision") not in PRECISIONS:
            errors.append(f"{rel}: precision must be one of {sorted(PRECISIONS)}")
        if rule.get("maturity") not in MATURITIES:
            errors.append(f"{rel}: maturity must be one of {sorted(MATURITIES)}")
        for option in rule.get("options", []):
            if not all(k in option for k in ("name", "default", "description")):
                errors.append(f"{rel}: options entries need name, default and description")
        if rid in ids:
            errors.append(f"{rel}: duplicate rule id '{rid}'")
        ids.add(rid)
        names.add(name)
        need(f"checks/{name}/{name}Check.h", rid)
        need(f"checks/{name}/{name}Check.cpp", rid)
        need(f"checks/{name}/README.md", rid)
        need(f"docs/checks/{rid}.md", rid)
        tests = glob.glob(os.path.join(root, "test", "checks", f"{rid}*.cpp"))
        if not tests and f"test/checks/{rid}.cpp" not in allowed:
            errors.append(f"{rid}: missing test/checks/{rid}*.cpp (at least one test file)")

    # The reverse direction: nothing left behind by a renamed or deleted rule.
    # Every folder under checks/ but utils/ is one rule's.
    for path in sorted(glob.glob(os.path.join(root, "checks", "*", ""))):
        name = os.path.basename(os.path.dirname(path))
        if name != "utils" and name not in names:
            errors.append(f"checks/{name}/: no rules/*.json has \"name\": \"{name}\"")
    for path in sorted(glob.glob(os.path.join(root, "checks", "*Check.h"))):
        errors.append(f"checks/{os.path.basename(path)}: a check belongs in checks/<Name>/")
    for path in sorted(glob.glob(os.path.join(root, "docs", "checks", "*.md"))):
        stem = os.path.basename(path)[:-3]
        if stem != "README" and stem not in ids:
            errors.append(f"docs/checks/{stem}.md: no rules/{stem}.json")
    for path in sorted(glob.glob(os.path.join(root, "test", "checks", "*.cpp"))):
        base = os.path.basename(path)
        if not any(base == f"{i}.cpp" or base.startswith(f"{i}-") for i in ids):
            errors.append(f"test/checks/{base}: its name does not start with a rule id")

    index = os.path.join(root, INDEX)
    current = open(index, encoding="utf-8").read() if os.path.exists(index) else None
    if current != render_index(rules):
        errors.append(f"{INDEX} is {'missing' if current is None else 'out of date'}; run "
                      f"python3 scripts/check-rules.py --write-index")
    guide_path = os.path.join(root, GUIDE)
    if os.path.exists(guide_path):  # a checkout has it; a scratch tree in the tests may not
        guide = open(guide_path, encoding="utf-8").read()
        regenerated = with_options(guide, rules)
        if regenerated is None:
            errors.append(f"{GUIDE}: no options table markers ({OPTIONS_BEGIN})")
        elif regenerated != guide:
            errors.append(f"{GUIDE}'s options table is out of date; run "
                          f"python3 scripts/check-rules.py --write-index")
    return errors


def write_index(root):
    rules = load_rules(root)
    os.makedirs(os.path.join(root, "docs", "checks"), exist_ok=True)
    with open(os.path.join(root, INDEX), "w", encoding="utf-8") as f:
        f.write(render_index(rules))
    guide_path = os.path.join(root, GUIDE)
    if os.path.exists(guide_path):
        guide = open(guide_path, encoding="utf-8").read()
        regenerated = with_options(guide, rules)
        if regenerated is None:
            raise ValueError(f"{GUIDE}: no options table markers ({OPTIONS_BEGIN})")
        with open(guide_path, "w", encoding="utf-8") as f:
            f.write(regenerated)
    return len(rules)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", default=ROOT, help="repository root (default: this checkout)")
    parser.add_argument("--write-index", action="store_true",
                        help="regenerate docs/checks/README.md and the user guide's options "
                             "table from rules/*.json")
    parser.add_argument("--allow-missing", action="append", default=[], metavar="PATH",
                        help="a mirror file another change is adding (a note, not an error)")
    args = parser.parse_args()
    if args.write_index:
        try:
            count = write_index(args.root)
        except ValueError as e:
            print(f"check-rules: error: {e}", file=sys.stderr)
            return 1
        print(f"check-rules: wrote {INDEX} ({count} rules)")
        return 0
    errors = verify(args.root, args.allow_missing)
    for e in errors:
        print(f"check-rules: error: {e}", file=sys.stderr)
    if errors:
        return 1
    print(f"check-rules: {len(load_rules(args.root))} rule(s) consistent")
    return 0


if __name__ == "__main__":
    sys.exit(main())
