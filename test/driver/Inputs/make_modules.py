#!/usr/bin/env python3
"""Writes a project of N modules whose compile commands use relative paths only.

  make_modules.py <dest> [N]

Module i lives in <dest>/mod<i>/ with its own include/mod.h (same relative name in every module)
declaring i unconfigured curl handles; src/mod.cpp performs a transfer on each. Its command runs
in the module's directory with -Iinclude and a relative file name, so a worker that resolves
paths against another module's directory sees another header: other findings, or none.
"""
import json
import os
import sys


def main():
    dest = os.path.abspath(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    db = []
    for i in range(1, count + 1):
        mod = os.path.join(dest, f"mod{i}")
        os.makedirs(os.path.join(mod, "include"), exist_ok=True)
        os.makedirs(os.path.join(mod, "src"), exist_ok=True)
        perform = "".join(f"  curl_easy_perform(mod{i}_handle({k}));\n" for k in range(i))
        with open(os.path.join(mod, "include", "mod.h"), "w") as f:
            f.write(f"#include <curl/curl.h>\nCURL *mod{i}_handle(int);\n"
                    f"inline void mod{i}_run() {{\n"
                    + "".join(f"  CURL *h{k} = curl_easy_init();\n  curl_easy_perform(h{k});\n"
                              for k in range(i)) + "}\n")
        with open(os.path.join(mod, "src", "mod.cpp"), "w") as f:
            f.write('#include "mod.h"\n'
                    f"void mod{i}_main() {{\n  CURL *c = curl_easy_init();\n"
                    "  curl_easy_perform(c);\n  mod" + str(i) + "_run();\n}\n")
        db.append({"directory": mod, "file": "src/mod.cpp",
                   "arguments": ["clang++", "-std=c++17", "-Iinclude", "-c", "src/mod.cpp"]})
    with open(os.path.join(dest, "compile_commands.json"), "w") as f:
        json.dump(db, f, indent=1)


if __name__ == "__main__":
    main()
