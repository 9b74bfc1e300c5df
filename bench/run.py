#!/usr/bin/env python3
"""Wall time and peak memory of distlint next to the compiler and clang-tidy, on the same files.

For the translation units of the examples project (plus, with --copies N, N synthetic copies of
each, for a larger set) it runs, under /usr/bin/time -v:
  1. clang++-19 -fsyntax-only, one process per file, with the file's compile command, and the
     same with -w (distlint reports no compiler warnings, so it does not pay for them)
  2. clang-tidy-19 -load=build/lib/libdistlint-tidy-plugin.so -checks='-*,distsys-*'
     (skipped with a message when the plugin is not built)
  3. distlint -j1 (and distlint -j<cores> for reference)
and prints one row per tool: wall seconds and user+system CPU seconds (sums over processes),
peak RSS (max over processes). Then, per translation unit, distlint's CPU time on that file
alone over clang++-19 -fsyntax-only -w's (the range and the median), and the share of the
plugin's CPU time its checks take (clang-tidy --enable-check-profile: matching and checks; an
upper bound for distlint, which matches only the main file). Numbers only: there are no
thresholds, nothing fails on a slow machine.

usage: bench/run.py [--build build] [--copies N] [--repeat R]
The example must be configured (bash scripts/example.sh does it); run.py configures it if not.
"""
import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LLVM_BIN = "/usr/lib/llvm-19/bin"


def timed(command, cwd=None):
    """(exit code, wall s, user+system CPU s, peak RSS KiB) of a command under /usr/bin/time -v."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        proc = subprocess.run(["/usr/bin/time", "-v", "-o", report.name] + command, cwd=cwd,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        text = report.read()
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1)
    seconds = 0.0
    for part in wall.split(":"):
        seconds = seconds * 60 + float(part)
    cpu = sum(float(re.search(rf"{kind} time \(seconds\): (\S+)", text).group(1))
              for kind in ("User", "System"))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    return proc.returncode, seconds, cpu, rss


def syntax_only_command(entry):
    """The entry's compile command, run by clang++-19 with -fsyntax-only and no output file."""
    args = entry.get("arguments") or shlex.split(entry["command"])
    out, skip = [os.path.join(LLVM_BIN, "clang++")], False
    for arg in args[1:]:
        if skip:
            skip = False
            continue
        if arg == "-o":
            skip = True
            continue
        if arg == "-c":
            continue
        out.append(arg)
    return out + ["-fsyntax-only"]


def synthetic_set(entries, copies, into):
    """N copies of every translation unit, each its own file, with a compilation database."""
    os.makedirs(into, exist_ok=True)
    database = []
    for n in range(1, copies + 1):
        for entry in entries:
            source = entry["file"]
            copy = os.path.join(into, f"copy{n}_{os.path.basename(source)}")
            shutil.copyfile(source, copy)
            args = entry.get("arguments") or shlex.split(entry["command"])
            args = [copy if a == source else a for a in args]
            database.append({"directory": entry["directory"], "file": copy, "arguments": args})
    with open(os.path.join(into, "compile_commands.json"), "w") as f:
        json.dump(database, f, indent=1)
    # The copies live outside examples/, so give them its configuration.
    shutil.copyfile(os.path.join(ROOT, "examples", ".clang-tidy"), os.path.join(into, ".clang-tidy"))
    shutil.copyfile(os.path.join(ROOT, "examples", "distlint-models.json"),
                    os.path.join(into, "distlint-models.json"))
    return database


def best(command, repeat, cwd=None):
    runs = [timed(command, cwd) for _ in range(repeat)]
    return min(runs, key=lambda r: r[1])


def check_profile_share(plugin, build_dir, files):
    """The checks' share of clang-tidy's CPU time (user+system), from --enable-check-profile."""
    tidy = os.path.join(LLVM_BIN, "clang-tidy")
    with tempfile.TemporaryDirectory() as profiles:
        command = [tidy, f"-load={plugin}", "-checks=-*,distsys-*", "-p", build_dir, "--quiet",
                   "--enable-check-profile", f"--store-check-profile={profiles}"] + files
        _, _, cpu, _ = timed(command)
        checks = 0.0
        for name in os.listdir(profiles):
            with open(os.path.join(profiles, name)) as f:
                profile = json.load(f).get("profile", {})
            checks += sum(v for k, v in profile.items()
                          if k.endswith(".user") or k.endswith(".sys"))
    return checks, cpu


def bench(label, build_dir, entries, args, distlint, plugin):
    files = [e["file"] for e in entries]
    rows = []
    per_file = {}
    for quiet in (False, True):
        wall, cpu, rss, failed = 0.0, 0.0, 0, 0
        for entry in entries:
            command = syntax_only_command(entry) + (["-w"] if quiet else [])
            code, seconds, used, kib = best(command, args.repeat, entry["directory"])
            wall += seconds
            cpu += used
            rss = max(rss, kib)
            failed += code != 0
            if quiet:
                per_file[entry["file"]] = used
        rows.append((f"clang++-19 -fsyntax-only{' -w' if quiet else ''} (1 process/file)", wall,
                     cpu, rss, f"{failed} failed" if failed else ""))

    tidy = os.path.join(LLVM_BIN, "clang-tidy")
    if os.path.exists(plugin):
        code, seconds, used, kib = best([tidy, f"-load={plugin}", "-checks=-*,distsys-*",
                                         "-p", build_dir, "--quiet"] + files, args.repeat)
        rows.append(("clang-tidy-19 -load=plugin -checks=-*,distsys-*", seconds, used, kib,
                     f"exit {code}"))
    else:
        rows.append(("clang-tidy-19 + plugin", None, None, None,
                     f"skipped: {os.path.relpath(plugin, ROOT)} is not built"))

    for jobs in (1, os.cpu_count() or 1):
        code, seconds, used, kib = best([distlint, "-p", build_dir, f"-j{jobs}"] + files,
                                        args.repeat)
        rows.append((f"distlint -j{jobs}", seconds, used, kib, f"exit {code}"))
        if os.cpu_count() == 1:
            break

    print(f"\n{label}: {len(files)} translation units")
    print(f"{'tool':<50} {'wall s':>8} {'CPU s':>8} {'peak RSS MiB':>13}  note")
    for name, seconds, used, kib, note in rows:
        if seconds is None:
            print(f"{name:<50} {'-':>8} {'-':>8} {'-':>13}  {note}")
        else:
            print(f"{name:<50} {seconds:>8.2f} {used:>8.2f} {kib / 1024:>13.0f}  {note}")

    ratios = []
    for entry in entries:
        _, _, used, _ = best([distlint, "-p", build_dir, "-j1", "--fail-on=none", entry["file"]],
                             args.repeat)
        if per_file[entry["file"]] > 0:
            ratios.append((used / per_file[entry["file"]], os.path.basename(entry["file"])))
    if ratios:
        ratios.sort()
        print(f"per translation unit, distlint CPU / clang++-19 -fsyntax-only -w CPU: "
              f"{ratios[0][0]:.2f}-{ratios[-1][0]:.2f} (highest: {ratios[-1][1]}), "
              f"median {ratios[len(ratios) // 2][0]:.2f}")
    if os.path.exists(plugin):
        checks, total = check_profile_share(plugin, build_dir, files)
        print(f"clang-tidy + plugin: checks (matching and callbacks) {checks:.2f} of {total:.2f} "
              f"CPU s ({100 * checks / total:.1f}%)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--copies", type=int, default=0,
                        help="also measure N synthetic copies of every example file")
    parser.add_argument("--plugin", help="the clang-tidy plugin (default: BUILD/lib/...)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement; best is kept")
    args = parser.parse_args()

    if not os.path.exists("/usr/bin/time"):
        sys.exit("bench: /usr/bin/time is missing; run scripts/install-deps.sh (package 'time')")
    distlint = os.path.join(args.build, "bin", "distlint")
    if not os.path.exists(distlint):
        sys.exit(f"bench: {distlint} is missing; run scripts/build.sh")
    plugin = args.plugin or os.path.join(args.build, "lib", "libdistlint-tidy-plugin.so")
    example = os.path.join(args.build, "example")
    if not os.path.exists(os.path.join(example, "compile_commands.json")):
        subprocess.run(["cmake", "-S", os.path.join(ROOT, "examples"), "-B", example, "-G",
                        "Ninja"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", example, "--target", "orders-protos"], check=True,
                   stdout=subprocess.DEVNULL)
    with open(os.path.join(example, "compile_commands.json")) as f:
        entries = json.load(f)

    load = os.getloadavg()[0]
    print(f"bench: {os.cpu_count()} cores, load average {load:.2f} at start; "
          f"best of {args.repeat} run(s)")
    bench("examples project", example, entries, args, distlint, plugin)
    if args.copies:
        synthetic = os.path.join(args.build, "bench", "synthetic")
        shutil.rmtree(synthetic, ignore_errors=True)
        database = synthetic_set(entries, args.copies, synthetic)
        bench(f"synthetic set ({args.copies} copies of each example file)", synthetic,
              database, args, distlint, plugin)
    return 0


if __name__ == "__main__":
    sys.exit(main())
