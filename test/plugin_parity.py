#!/usr/bin/env python3
"""Runs every check fixture through distlint and through clang-tidy with the plugin, and fails
unless both report the same warnings (file, line, column, message, check).

  plugin_parity.py --distlint=D --clang-tidy=T --plugin=P --subst=%stubs=DIR ... <fixture-dir>
  plugin_parity.py --outputs DRIVER.txt PLUGIN.txt   (compare two outputs already written)

The fixtures are the lit tests in <fixture-dir> (test/checks); each '%check_distlint' RUN line
gives a check, an optional config file and the compiler arguments. distlint restricts matching
to the main file and skips work clang-tidy does (issue 16); this keeps any such optimisation from
changing what is reported. RUN lines whose config file an earlier RUN line writes (%t...) are
skipped, and counted; DRIVER_SEES_MORE lists the fixtures where distlint reports more on purpose.
"""
import argparse
import concurrent.futures
import os
import re
import shlex
import subprocess
import sys
import tempfile

# Fixtures where distlint is meant to report more than clang-tidy; the plugin's warnings must
# still be a subset of distlint's.
DRIVER_SEES_MORE = {
    "distsys-missing-timeout-delayed-templates.cpp":
        "distlint parses template bodies that -fdelayed-template-parsing leaves unparsed",
}

WARNING = re.compile(r"^(.*?):(\d+):(\d+): warning: (.*) \[([a-z0-9-]+)\]$")


def invocations(path, substitutions):
    """The (check, config file or None, compiler args) of each %check_distlint RUN line."""
    with open(path, encoding="utf-8") as f:
        lines = [m.group(1) for m in re.finditer(r"//\s*RUN:(.*)", f.read())]
    commands, current = [], ""
    for line in lines:
        current += line.rstrip()
        if current.endswith("\\"):
            current = current[:-1] + " "
            continue
        commands.append(current.strip())
        current = ""
    found, skipped = [], 0
    for command in commands:
        if not command.startswith("%check_distlint"):
            continue
        words = shlex.split(command)[1:]
        options = [w for w in words if w.startswith("--")]
        positional = [w for w in words if not w.startswith("--")]
        config = next((o.split("=", 1)[1] for o in options if o.startswith("--config-file=")), None)
        if config and "%t" in config:
            skipped += 1
            continue
        args = words[words.index("--") + 1:] if "--" in words else []
        check = positional[1]
        def expand(text):
            # Named substitutions first: %s is a prefix of %stubs.
            for name, value in substitutions:
                text = text.replace(name, value)
            return text.replace("%S", os.path.dirname(path)).replace("%s", path)
        found.append((check, expand(config) if config else None, [expand(a) for a in args]))
    return found, skipped


def warnings(output):
    found = set()
    for m in filter(None, map(WARNING.match, output.splitlines())):
        path, line, column, message, check = m.groups()
        found.add((os.path.realpath(path), line, column, message, check))
    return sorted(found)


def compare(tools, path, check, config, args, scratch):
    selected = "--checks=-*," + check
    if not config:
        # Both read the same configuration, never a .clang-tidy above the fixture.
        config = os.path.join(scratch, check + ".clang-tidy")
        with open(config, "w", encoding="utf-8") as f:
            f.write("Checks: '-*,%s'\n" % check)
    base_config = ["--config-file=" + config]
    driver = subprocess.run([tools.distlint, selected, "-j", "1", "--fail-on=none"] + base_config +
                            [path, "--"] + args, capture_output=True, text=True)
    plugin = subprocess.run([tools.clang_tidy, "-load=" + tools.plugin, selected] + base_config +
                            [path, "--"] + args, capture_output=True, text=True)
    problems = []
    if driver.returncode not in (0, 1):
        problems.append("distlint exited %d: %s" % (driver.returncode, driver.stderr.strip()))
    ours, theirs = warnings(driver.stdout), warnings(plugin.stdout)
    if os.path.basename(path) not in DRIVER_SEES_MORE:
        for w in sorted(set(ours) - set(theirs)):
            problems.append("only distlint: %s:%s:%s: %s [%s]" % w)
    for w in sorted(set(theirs) - set(ours)):
        problems.append("only the plugin: %s:%s:%s: %s [%s]" % w)
    return len(ours), len(theirs), problems


def compare_outputs(driver_path, plugin_path):
    with open(driver_path, encoding="utf-8") as f:
        ours = warnings(f.read())
    with open(plugin_path, encoding="utf-8") as f:
        theirs = warnings(f.read())
    print("plugin parity: %d warnings from distlint, %d from the plugin" % (len(ours), len(theirs)))
    for w in sorted(set(ours) - set(theirs)):
        print("only distlint: %s:%s:%s: %s [%s]" % w)
    for w in sorted(set(theirs) - set(ours)):
        print("only the plugin: %s:%s:%s: %s [%s]" % w)
    return 0 if ours == theirs and ours else 1


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--outputs":
        return compare_outputs(sys.argv[2], sys.argv[3])
    parser = argparse.ArgumentParser()
    parser.add_argument("--distlint", required=True)
    parser.add_argument("--clang-tidy", dest="clang_tidy", required=True)
    parser.add_argument("--plugin", required=True)
    parser.add_argument("--subst", action="append", default=[],
                        help="NAME=VALUE, a lit substitution the RUN lines use (%%stubs=...)")
    parser.add_argument("-j", type=int, default=os.cpu_count() or 1)
    parser.add_argument("fixtures")
    tools = parser.parse_args()
    substitutions = sorted((s.split("=", 1) for s in tools.subst), key=lambda s: -len(s[0]))

    jobs, skipped = [], 0
    for name in sorted(os.listdir(tools.fixtures)):
        if name.endswith((".cpp", ".c")):
            path = os.path.join(tools.fixtures, name)
            found, skipped_here = invocations(path, substitutions)
            skipped += skipped_here
            jobs += [(path,) + job for job in found]
    ours = theirs = 0
    failures = []
    with tempfile.TemporaryDirectory() as scratch, \
            concurrent.futures.ThreadPoolExecutor(max_workers=tools.j) as pool:
        results = pool.map(lambda job: (job, compare(tools, *job, scratch)), jobs)
        for (path, check, _, _), (n_ours, n_theirs, problems) in results:
            ours += n_ours
            theirs += n_theirs
            failures += ["%s (%s): %s" % (os.path.basename(path), check, p) for p in problems]
    print("plugin parity: %d runs of %d fixtures, %d warnings from distlint, %d from the plugin, "
          "%d runs skipped (generated config)" %
          (len(jobs), len({j[0] for j in jobs}), ours, theirs, skipped))
    for failure in failures:
        print(failure)
    return 1 if failures or not jobs else 0


if __name__ == "__main__":
    sys.exit(main())
