#!/usr/bin/env python3
"""Adds a rule with its four mirror files, all in step (STYLE.md, point 8):

  rules/<id>.json                     metadata + API models (fill in the TODOs)
  checks/<Name>/<Name>Check.{h,cpp}   the check, registered by the build from the rule file
  checks/<Name>/README.md             which file holds which API family
  test/checks/<id>.cpp                the lit test: positives and their correct look-alikes
  docs/checks/<id>.md                 the user documentation, standard sections

and regenerates docs/checks/README.md. The new check is inert (no matcher) until you write it;
`python3 scripts/check-rules.py` then keeps the four in step.

usage: new-rule.py distsys-<words> [--name PascalName] [--summary "..."] [--root DIR]
"""
import argparse
import importlib.util
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def check_rules_module():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "check-rules.py")
    spec = importlib.util.spec_from_file_location("check_rules", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def files_for(rid, name, summary):
    rule = {
        "id": rid,
        "name": name,
        "summary": summary,
        "description": "TODO: what the check finds and why it fails in production.",
        "fix": "TODO: one sentence naming the safe alternative.",
        "help": f"{summary}\n\nTODO: why it matters.\n\n**Fix:** TODO.\n\n"
                f"See docs/checks/{rid}.md.",
        "level": "warning",
        "precision": "medium",
        "maturity": "experimental",
        "tags": ["reliability", "distributed-systems"],
        "options": [],
        "models": {},
    }
    guard = f"DISTLINT_CHECKS_{name.upper()}_{name.upper()}CHECK_H"
    header = f"""//===--- {name}Check.h - {rid} ---===//
#ifndef {guard}
#define {guard}

#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::distsys {{

/// {summary}
///
/// For the user-facing documentation see docs/checks/{rid}.md.
class {name}Check : public ClangTidyCheck {{
public:
  {name}Check(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
}};

}} // namespace clang::tidy::distsys

#endif
"""
    source = f"""//===--- {name}Check.cpp - {rid} ---===//
#include "{name}Check.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::distsys {{

{name}Check::{name}Check(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context) {{
  // Read options once here (Options.get) into const members; API names come from the rule's
  // "models" (see checks/utils/ModelCache.h, loadModels).
}}

void {name}Check::storeOptions(ClangTidyOptions::OptionMap &Opts) {{}}

void {name}Check::registerMatchers(MatchFinder *Finder) {{
  // TODO: named `const auto` sub-matchers, then one Finder->addMatcher(..., this), excluding
  // system headers (unless(isExpansionInSystemHeader())).
}}

void {name}Check::check(const MatchFinder::MatchResult &Result) {{
  // TODO: getNodeAs, then diag(Loc, "lowercase message naming the safe alternative").
}}

}} // namespace clang::tidy::distsys
"""
    test = f"""// RUN: %check_distlint %s {rid} %t -- -std=c++17
// Every line without a CHECK-MESSAGES expectation must produce no warning.

// TODO: positives, each followed by its expectation, e.g.
//   doTheRiskyThing();
//   // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: ... [{rid}]

// TODO: negatives: the correct look-alikes of every positive.
void correctVersion() {{}}
"""
    doc = f"""# {rid}

{summary}

Level: warning. Precision: medium. Maturity: experimental. Metadata: `rules/{rid}.json`.

## What it finds

TODO.

## Why it matters

TODO.

## Example

```cpp
// TODO: code that is reported
```

## Use instead

```cpp
// TODO: the correct version, which is not reported
```

## Options

None.

## Limitations

TODO: what the check deliberately does not report (precision first).
"""
    readme = f"""# checks/{name}: `{rid}`

{summary}

| File | Holds |
|---|---|
| `{name}Check.{{h,cpp}}` | the check: options, matchers and diagnostics |

API models: the `models` section of `rules/{rid}.json` (plus user model files).
Tests: `test/checks/{rid}*.cpp`. User documentation: `docs/checks/{rid}.md`.
Shared helpers (name matching, value wrappers, handle tracking, model loading): `checks/utils/`.
"""
    return {
        f"rules/{rid}.json": json.dumps(rule, indent=2) + "\n",
        f"checks/{name}/{name}Check.h": header,
        f"checks/{name}/{name}Check.cpp": source,
        f"checks/{name}/README.md": readme,
        f"test/checks/{rid}.cpp": test,
        f"docs/checks/{rid}.md": doc,
    }


def main():
    parser = argparse.ArgumentParser(description="Adds a distlint rule with its mirror files.")
    parser.add_argument("id", help="the rule id, distsys-<lowercase-words>")
    parser.add_argument("--name", help="PascalCase name (default: from the id)")
    parser.add_argument("--summary", default="TODO: one sentence saying what the rule finds.")
    parser.add_argument("--root", default=ROOT)
    args = parser.parse_args()

    checker = check_rules_module()
    if not checker.ID_PATTERN.match(args.id):
        parser.error(f"'{args.id}' is not a rule id of the form distsys-<lowercase-words>")
    name = args.name or "".join(w.capitalize() for w in args.id[len("distsys-"):].split("-"))
    if not checker.NAME_PATTERN.match(name):
        parser.error(f"'{name}' is not PascalCase")

    files = files_for(args.id, name, args.summary)
    existing = [p for p in files if os.path.exists(os.path.join(args.root, p))]
    if existing:
        print("new-rule: refusing to overwrite " + ", ".join(existing), file=sys.stderr)
        return 1
    for rel, text in files.items():
        path = os.path.join(args.root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"new-rule: created {rel}")
    checker.write_index(args.root)
    print(f"new-rule: updated {checker.INDEX}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
