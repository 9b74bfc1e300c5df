#!/usr/bin/env python3
"""Prepare the real-code evaluation: checkouts, generated headers, compilation databases.

For each repository in repos.json (or only the ones named with --only):
  1. export its pinned commit from the bare mirror $DISTLINT_MIRROR/<owner>+<name>/repo
     (default /work/.mirror) into $DISTLINT_REALWORLD/<name>/src (default /tmp/realworld) with
     `git archive | tar -x`, and its "companions" (dependencies pinned the same way) into
     src/<into>; a checkout already at those commits is kept (a stamp file records them);
  2. write the generated headers listed in repos.json (our own minimal text) into <name>/gen;
  3. write <name>/distlint.clang-tidy (Checks: '-*,distsys-*', and ModelFiles options for the
     repo's "models": our model file of what a user of the project would declare, such as its own
     test harness, written to <name>/distlint-models.json), so a .clang-tidy of the project
     cannot change which rules run;
  4. write <name>/compile_commands.json: one parse-only command per selected file
     (directory = the checkout, clang-19 / clang++-19, -fsyntax-only, standard, include dirs,
     defines, extra flags, the file).
Idempotent: running it again rewrites gen/ and the database, and re-exports only on a new commit.

Nothing here is committed: everything is written outside the repository. Without a mirror, it
says how to get one (git clone https://github.com/<owner>/<name>) and exits 2.

usage: bench/realworld/setup.py [--only NAME[,NAME...]] [--list]
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPOS_JSON = os.path.join(HERE, "repos.json")
COMPILERS = {"c": "clang-19", "c++": "clang++-19"}


def mirror_root():
    return os.environ.get("DISTLINT_MIRROR", "/work/.mirror")


def work_root():
    return os.environ.get("DISTLINT_REALWORLD", "/tmp/realworld")


def load_repos(only=None):
    with open(REPOS_JSON) as f:
        repos = json.load(f)["repos"]
    if only:
        names = set(only.split(","))
        unknown = names - {r["name"] for r in repos}
        if unknown:
            sys.exit(f"setup.py: unknown repo(s): {', '.join(sorted(unknown))}")
        repos = [r for r in repos if r["name"] in names]
    return [r for r in repos if not r.get("skip")] if not only else repos


def glob_to_regex(pattern):
    """'**/' matches any directories (also none), '*' and '?' do not match '/'."""
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:[^/]+/)*")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out) + r"\Z")


def exclude_globs(repo):
    """Exclusions are {"glob": ..., "reason": ...} (or plain strings)."""
    return [e["glob"] if isinstance(e, dict) else e for e in repo.get("exclude", [])]


def select_files(repo, src):
    """Checkout-relative paths matching an include glob and no exclude glob, sorted."""
    includes = [glob_to_regex(g) for g in repo["files"]]
    excludes = [glob_to_regex(g) for g in exclude_globs(repo)]
    selected = []
    for dirpath, dirnames, filenames in os.walk(src):
        dirnames.sort()
        for name in filenames:
            rel = os.path.relpath(os.path.join(dirpath, name), src)
            if any(r.match(rel) for r in includes) and not any(r.match(rel) for r in excludes):
                selected.append(rel)
    return sorted(selected)


def paths(repo):
    base = os.path.join(work_root(), repo["name"])
    return base, os.path.join(base, "src"), os.path.join(base, "gen")


def git_dir_of(owner_name):
    return os.path.join(mirror_root(), owner_name.replace("/", "+"), "repo")


def export_tree(owner_name, commit, target, subtree=None):
    """git archive of owner_name@commit (only subtree, when given) extracted into target."""
    git_dir = git_dir_of(owner_name)
    if not os.path.isdir(git_dir):
        print(f"setup.py: no mirror of {owner_name} at {git_dir}. Get one with\n"
              f"  git clone --bare https://github.com/{owner_name} {git_dir}\n"
              f"(or git clone https://github.com/{owner_name} and point DISTLINT_MIRROR at a "
              f"directory holding <owner>+<name>/repo as that clone's .git)", file=sys.stderr)
        return False
    have = subprocess.run(["git", "--git-dir", git_dir, "cat-file", "-e", commit + "^{commit}"],
                          stderr=subprocess.DEVNULL)
    if have.returncode != 0:
        print(f"setup.py: {git_dir} lacks commit {commit}; fetch it "
              f"(git --git-dir {git_dir} fetch origin)", file=sys.stderr)
        return False
    os.makedirs(target, exist_ok=True)
    archive = subprocess.Popen(["git", "--git-dir", git_dir, "archive", "--format=tar", commit]
                               + ([subtree] if subtree else []), stdout=subprocess.PIPE)
    tar = subprocess.run(["tar", "-x", "-C", target], stdin=archive.stdout)
    archive.stdout.close()
    if archive.wait() != 0 or tar.returncode != 0:
        print(f"setup.py: exporting {owner_name}@{commit} failed", file=sys.stderr)
        return False
    return True


def export(repo):
    """The repo at its commit in <name>/src, and each of its "companions" (a dependency the
    project vendors as a git submodule, or one it needs that Debian does not package) at its own
    pinned commit in src/<into>, where the submodule would be."""
    base, src, _ = paths(repo)
    stamp = os.path.join(base, "src.commit")
    companions = repo.get("companions", [])
    want = "\n".join([repo["commit"]] + [f"{c['github']}@{c['commit']}:{c['into']}"
                                          for c in companions])
    if os.path.isfile(stamp) and os.path.isdir(src):
        with open(stamp) as f:
            if f.read().strip() == want:
                return True
    if os.path.isdir(src):
        shutil.rmtree(src)
    os.makedirs(src)
    # "subtree": export only that folder (a mirror of a large repository may lack blobs elsewhere).
    if not export_tree(repo["github"], repo["commit"], src, repo.get("subtree")):
        return False
    for c in companions:
        if not export_tree(c["github"], c["commit"], os.path.join(src, c["into"])):
            return False
    with open(stamp, "w") as f:
        f.write(want + "\n")
    return True


def write_generated(repo):
    _, _, gen = paths(repo)
    if os.path.isdir(gen):
        shutil.rmtree(gen)
    os.makedirs(gen)
    for name, content in repo.get("generated_headers", {}).items():
        if isinstance(content, list):
            content = "\n".join(content) + "\n"
        target = os.path.join(gen, name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w") as f:
            f.write(content)


def expand(path, repo):
    """Include dirs: '$GEN' = <name>/gen, '$STUBS' = distlint's test/stubs (our stubs of SDKs
    Debian lacks), absolute paths as they are, others checkout-relative."""
    base, src, gen = paths(repo)
    if path.startswith("$GEN"):
        return gen + path[len("$GEN"):]
    if path.startswith("$STUBS"):
        stubs = os.path.normpath(os.path.join(HERE, "..", "..", "test", "stubs"))
        return stubs + path[len("$STUBS"):]
    if os.path.isabs(path):
        return path
    return os.path.normpath(os.path.join(src, path))


def compile_args(repo, rel):
    lang = repo["language"]
    args = [COMPILERS[lang], "-fsyntax-only", f"-std={repo['standard']}"]
    if lang == "c++" and rel.endswith((".c",)):
        args += ["-x", "c++"]
    for d in repo.get("include_dirs", []):
        args.append("-I" + expand(d, repo))
    for d in repo.get("system_include_dirs", []):
        args += ["-isystem", expand(d, repo)]
    args += ["-D" + d for d in repo.get("defines", [])]
    gen = paths(repo)[2]
    args += [f.replace("$GEN", gen) for f in repo.get("flags", [])]
    for glob, extra in repo.get("per_file_flags", {}).items():  # flags for the files matching glob
        if glob_to_regex(glob).match(rel):
            args += [f.replace("$GEN", gen) for f in extra]
    args.append(rel)
    return args


def write_database(repo):
    base, src, _ = paths(repo)
    files = select_files(repo, src)
    db = [{"directory": src, "file": os.path.join(src, rel), "arguments": compile_args(repo, rel)}
          for rel in files]
    with open(os.path.join(base, "compile_commands.json"), "w") as f:
        json.dump(db, f, indent=1)
        f.write("\n")
    models = repo.get("models", {})
    models_path = os.path.join(base, "distlint-models.json")
    with open(models_path, "w") as f:
        json.dump(models, f, indent=1)
        f.write("\n")
    with open(os.path.join(base, "distlint.clang-tidy"), "w") as f:
        f.write("# written by bench/realworld/setup.py: every distsys rule, nothing else\n"
                "Checks: '-*,distsys-*'\n")
        if models:
            # What a user of the project would configure: its own test harness, for example.
            f.write("CheckOptions:\n")
            for rule in sorted(models):
                f.write("  %s.ModelFiles: '%s'\n" % (rule, models_path))
    return files


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", help="comma-separated repo names (also runs repos marked skip)")
    parser.add_argument("--list", action="store_true", help="print the selected files and exit")
    args = parser.parse_args()
    status = 0
    for repo in load_repos(args.only):
        if not export(repo):
            status = 2
            continue
        write_generated(repo)
        files = write_database(repo)
        base = paths(repo)[0]
        print(f"{repo['name']:16} {repo['commit'][:12]} {len(files):4} TU(s) -> {base}/compile_commands.json")
        if args.list:
            for rel in files:
                print("   ", rel)
    return status


if __name__ == "__main__":
    sys.exit(main())
