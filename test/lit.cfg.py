# lit configuration for distlint's check, driver and front-end tests.
import os
import shutil
import lit.formats

config.name = "distlint"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp", ".c", ".test"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.distlint_binary_dir, "test")
config.excludes = ["Inputs", "unit", "stubs", "lit.cfg.py", "lit.site.cfg.py",
                   "check_distlint.py", "lsp_client.py"]

src = config.distlint_source_dir
python = config.python_executable
check = (f"{python} {src}/test/check_distlint.py --distlint={config.distlint} "
         f"--filecheck={config.filecheck}")
config.substitutions += [
    ("%check_distlint", check),
    # Longer names first: lit substitutes in order and %distlint is a prefix of %distlint_clangd.
    ("%distlint_clangd", config.distlint_clangd),
    ("%distlint_bin_dir", os.path.dirname(config.distlint)),
    ("%distlint", config.distlint),
    ("%run_clang_tidy", config.run_clang_tidy),
    ("%clang_apply_replacements", config.clang_apply_replacements),
    ("%clang_tidy", config.clang_tidy),
    ("%tidy_plugin", config.tidy_plugin),
    ("%python", python),
    ("%srcroot", src),
    ("%stubs", os.path.join(src, "test", "stubs")),
    ("%grpc_gen", config.grpc_generated_dir),
    ("%sarif_multitool", config.sarif_multitool),
]
# Keep the tests independent of the machine's locale and of any .clang-tidy above the build dir.
config.environment["LC_ALL"] = "C"
# FileCheck, not and count come from the LLVM the project was built against.
config.environment["PATH"] = os.pathsep.join(
    [os.path.dirname(config.filecheck), os.environ.get("PATH", "")])
if "HOME" in os.environ:
    config.environment["HOME"] = os.environ["HOME"]
if config.sarif_multitool and os.access(config.sarif_multitool, os.X_OK):
    config.available_features.add("sarif-multitool")
elif os.environ.get("CI") or os.environ.get("DISTLINT_REQUIRE_SARIF_MULTITOOL"):
    # In CI the SARIF validation must run, never be skipped quietly (scripts/test.sh installs it).
    lit_config.fatal("Microsoft's SARIF Multitool is required but missing or not executable: %s "
                     "(run 'npm ci' in the source directory)" % config.sarif_multitool)
# The GitHub Action's metadata is checked by action-validator (npm, pinned in package-lock.json).
action_validator = os.path.join(src, "node_modules", ".bin", "action-validator")
config.substitutions.append(("%action_validator", action_validator))
if os.access(action_validator, os.X_OK):
    config.available_features.add("action-validator")
elif os.environ.get("CI") or os.environ.get("DISTLINT_REQUIRE_SARIF_MULTITOOL"):
    lit_config.fatal("action-validator is required but missing: %s (run 'npm ci' in the source "
                     "directory)" % action_validator)
# Debian's pre-commit runs the hook in test/frontends/pre-commit.test; required wherever the SARIF
# validation is (scripts/install-deps.sh installs both).
if shutil.which("pre-commit"):
    config.available_features.add("pre-commit")
elif os.environ.get("CI") or os.environ.get("DISTLINT_REQUIRE_SARIF_MULTITOOL"):
    lit_config.fatal("pre-commit is required but missing (run scripts/install-deps.sh)")
