#!/usr/bin/env python3
"""Runs one distlint check on a lit test file, in the manner of clang-tidy's check_clang_tidy.py.

  check_distlint.py [--check-suffix=S] [--config-file=F] <source> <check> <temp> -- <compiler args>

* Comments starting with CHECK-MESSAGES, CHECK-FIXES, ... are blanked in a copy of <source>
  (line numbers are kept), so they can never match themselves.
* distlint runs the single <check> on the copy; its text output is matched against
  CHECK-MESSAGES[-S] lines with FileCheck and -implicit-check-not='{{warning|error}}:', so every
  line without an expectation is a negative case.
* When the file has CHECK-FIXES[-S] lines, distlint --fix rewrites a second copy and the result is
  matched against them.
* distlint must exit 0 or 1: a configuration error (2) or an incomplete analysis (3) fails the test.
"""
import argparse
import os
import re
import subprocess
import sys


def run(cmd):
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return proc.returncode, proc.stdout, proc.stderr


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--distlint", required=True)
    parser.add_argument("--filecheck", required=True)
    parser.add_argument("--check-suffix", default="")
    parser.add_argument("--config-file")
    parser.add_argument("source")
    parser.add_argument("check")
    parser.add_argument("temp")
    args, rest = parser.parse_known_args()
    if rest and rest[0] == "--":
        rest = rest[1:]

    suffix = "-" + args.check_suffix.upper() if args.check_suffix else ""
    messages_prefix = "CHECK-MESSAGES" + suffix
    fixes_prefix = "CHECK-FIXES" + suffix

    with open(args.source, encoding="utf-8") as f:
        text = f.read()
    cleaned = re.sub(r"//\s*CHECK-[A-Z0-9-]+:[^\r\n]*", "//", text)
    ext = os.path.splitext(args.source)[1]
    os.makedirs(os.path.dirname(os.path.abspath(args.temp)), exist_ok=True)
    source_copy = args.temp + ext
    with open(source_copy, "w", encoding="utf-8") as f:
        f.write(cleaned)

    base = [args.distlint, "--checks=-*," + args.check, "-j", "1"]
    if args.config_file:
        base.append("--config-file=" + args.config_file)
    code, out, err = run(base + [source_copy, "--"] + rest)
    sys.stdout.write(out)
    sys.stderr.write(err)
    if code not in (0, 1):
        sys.exit(f"check_distlint: distlint exited with {code} (expected 0 or 1)")

    messages_file = args.temp + ".messages"
    with open(messages_file, "w", encoding="utf-8") as f:
        f.write(out)
    if re.search(r"//\s*" + messages_prefix + ":", text):
        code, fout, ferr = run([args.filecheck, "-input-file=" + messages_file, args.source,
                                "-check-prefix=" + messages_prefix,
                                "-implicit-check-not={{warning|error}}:"])
        if code != 0:
            sys.stderr.write(fout + ferr)
            sys.exit("check_distlint: CHECK-MESSAGES did not match")
    else:
        # No expectations at all: the file is all negatives (FileCheck needs a pattern to run).
        unexpected = [l for l in out.splitlines() if re.search(r": (warning|error):", l)]
        if unexpected:
            sys.exit("check_distlint: expected no findings, got:\n" + "\n".join(unexpected))

    if re.search(r"//\s*" + fixes_prefix + ":", text):
        fixed_copy = args.temp + ".fixed" + ext
        with open(fixed_copy, "w", encoding="utf-8") as f:
            f.write(cleaned)
        code, _, ferr = run(base + ["--fix", fixed_copy, "--"] + rest)
        if code not in (0, 1):
            sys.exit(f"check_distlint: distlint --fix exited with {code}: {ferr}")
        code, fout, ferr = run([args.filecheck, "-input-file=" + fixed_copy, args.source,
                                "-check-prefix=" + fixes_prefix, "-strict-whitespace"])
        if code != 0:
            sys.stderr.write(fout + ferr)
            sys.exit("check_distlint: CHECK-FIXES did not match")


if __name__ == "__main__":
    main()
