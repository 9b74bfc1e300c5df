#!/usr/bin/env python3
"""Runs the `script:` of integrations/gitlab/distlint.gitlab-ci.yml as a GitLab runner would: one
shell, the job's variables set, each line in turn, the job failing at the first line that fails;
the recipe's distlint path (/opt/distlint/build/bin/distlint, what its before_script builds) is
replaced by the distlint under test. Exits with the job's exit status.

  gitlab_recipe.py <recipe.yml> <distlint> [NAME=VALUE...]   (NAME=VALUE overrides a variable)

Only the shapes the recipe uses are read (a `variables:` map of plain scalars and a `script:` list
of one-line items), without a YAML library, which the test machines may lack.
"""
import os
import re
import subprocess
import sys


def section(lines, name):
    """The lines indented under `  name:` in the one job of the recipe."""
    out, inside = [], False
    for line in lines:
        if re.match(rf"^  {name}:\s*$", line):
            inside = True
            continue
        if inside and re.match(r"^  \S", line):
            break
        if inside:
            out.append(line)
    return out


def main():
    recipe, distlint = sys.argv[1], sys.argv[2]
    with open(recipe, encoding="utf-8") as f:
        lines = f.read().splitlines()
    env = dict(os.environ)
    for line in section(lines, "variables"):
        m = re.match(r"^\s+([A-Z_]+):\s*(\S+)", line)
        if m:
            env[m.group(1)] = m.group(2)
    for override in sys.argv[3:]:
        name, value = override.split("=", 1)
        env[name] = value
    script = [re.sub(r"^\s+- ", "", l) for l in section(lines, "script") if re.match(r"^\s+- ", l)]
    if not script:
        sys.exit("gitlab_recipe: no script in " + recipe)
    if any(l.strip() in (">", "|", ">-", "|-") for l in script):
        sys.exit("gitlab_recipe: block scalars in script: are not read here; keep commands on one "
                 "line (folded blocks keep more-indented lines apart, as the old jq step showed)")
    # GitLab stops the job at the first failing line: `set -e` in one shell does the same here.
    body = "set -e\n" + "\n".join(l.replace("/opt/distlint/build/bin/distlint", distlint)
                                  for l in script) + "\n"
    sys.exit(subprocess.run(["bash", "-c", body], env=env).returncode)


if __name__ == "__main__":
    main()
