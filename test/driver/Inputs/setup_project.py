#!/usr/bin/env python3
"""Copies the fixture project to a fresh directory and writes its compile_commands.json.

  setup_project.py <fixture-dir> <dest> [--git] [--stubs=<dir>]

The compilation database is generated from compile_commands.json.in with @ROOT@ replaced by the
absolute destination, so commands name real absolute paths, and @STUBS@ by the --stubs directory
(the SDK stubs of test/stubs). With --git the copy becomes a git
repository with one commit (a fixed identity and date, so runs are reproducible).
"""
import os
import shutil
import subprocess
import sys


def main():
    fixture, dest = sys.argv[1], os.path.abspath(sys.argv[2])
    if os.path.exists(dest):
        shutil.rmtree(dest)
    shutil.copytree(fixture, dest)
    with open(os.path.join(fixture, "compile_commands.json.in"), encoding="utf-8") as f:
        db = f.read().replace("@ROOT@", dest)
    for arg in sys.argv[3:]:
        if arg.startswith("--stubs="):
            db = db.replace("@STUBS@", os.path.abspath(arg[len("--stubs="):]))
    os.makedirs(os.path.join(dest, "build"), exist_ok=True)
    with open(os.path.join(dest, "build", "compile_commands.json"), "w", encoding="utf-8") as f:
        f.write(db)
    if "--git" in sys.argv[3:]:
        env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.com",
                   GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.com",
                   GIT_AUTHOR_DATE="2020-01-01T00:00:00Z",
                   GIT_COMMITTER_DATE="2020-01-01T00:00:00Z")
        def git(*args):
            subprocess.run(["git", "-C", dest, *args], check=True, env=env,
                           stdout=subprocess.DEVNULL)
        git("init", "-q", "-b", "main")
        with open(os.path.join(dest, ".gitignore"), "w") as f:
            f.write("build/\n*.sarif\n*.txt\n*.json\n")
        git("add", "-A")
        git("commit", "-q", "-m", "fixture")


if __name__ == "__main__":
    main()
