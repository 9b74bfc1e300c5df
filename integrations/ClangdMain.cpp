//===--- ClangdMain.cpp - distlint-clangd entry point ----------------------===//
//
// Upstream clangd 19 with the distsys clang-tidy module linked in. A project enables the checks
// from its .clangd (Diagnostics: ClangTidy: Add: [distsys-*]); clangd then reports them live, with
// fix-its as code actions, like any built-in clang-tidy check.
//
// Two adjustments, both outside clangd's own code:
//  - clangd 19 runs only clang-tidy checks it knows to be fast unless the project sets
//    ClangTidy.FastCheckFilter to Loose or None. Its list of fast checks is compiled in, so the
//    link wraps clang::clangd::isFastTidyCheck (-Wl,--wrap, see integrations/CMakeLists.txt) and
//    answers "fast" for distsys-*: they match declarations of the main file only, which is the
//    traversal scope clangd gives tidy checks anyway.
//  - clang's builtin headers are looked for next to the binary (bin/../lib/clang/<major>); when
//    they are not there, the LLVM installation distlint was built against supplies them.
//
//===----------------------------------------------------------------------===//
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <optional>
#include <string>
#include <vector>

namespace clang::clangd {
// Defined in Debian's libclangdMain.a (clang-tools-extra/clangd/tool/ClangdMain.cpp); the header
// declaring it is not installed.
int clangdMain(int argc, char *argv[]);
} // namespace clang::clangd

// clang::clangd::isFastTidyCheck(llvm::StringRef) as linked by -Wl,--wrap: callers in
// libclangDaemon.a reach wrappedIsFastTidyCheck, which can still call the original.
std::optional<bool> realIsFastTidyCheck(llvm::StringRef Check) __asm__(
    "__real__ZN5clang6clangd15isFastTidyCheckEN4llvm9StringRefE");
std::optional<bool> wrappedIsFastTidyCheck(llvm::StringRef Check) __asm__(
    "__wrap__ZN5clang6clangd15isFastTidyCheckEN4llvm9StringRefE");

std::optional<bool> wrappedIsFastTidyCheck(llvm::StringRef Check) {
  if (Check.starts_with("distsys-"))
    return true;
  return realIsFastTidyCheck(Check);
}

// Keeps the distsys module's registration in the link even if the checks come from an archive.
extern volatile int DistsysModuleAnchorSource;
[[maybe_unused]] static int DistsysModuleAnchorDestination = DistsysModuleAnchorSource;

namespace {
bool hasBuiltinHeaders(llvm::StringRef Dir) {
  llvm::SmallString<256> Probe(Dir);
  llvm::sys::path::append(Probe, "include", "stddef.h");
  return llvm::sys::fs::exists(Probe);
}

/// Empty when clangd's own default (bin/../lib/clang/<major>) has the headers.
std::string fallbackResourceDir(const char *Argv0) {
  std::string Self = llvm::sys::fs::getMainExecutable(Argv0, (void *)&fallbackResourceDir);
  llvm::SmallString<256> Dir(llvm::sys::path::parent_path(llvm::sys::path::parent_path(Self)));
  llvm::sys::path::append(Dir, "lib", "clang", DISTLINT_LLVM_MAJOR);
  if (hasBuiltinHeaders(Dir) || !hasBuiltinHeaders(DISTLINT_CLANG_RESOURCE_DIR))
    return "";
  return DISTLINT_CLANG_RESOURCE_DIR;
}
} // namespace

int main(int argc, char *argv[]) {
  std::vector<char *> Args(argv, argv + argc);
  bool UserResourceDir = false;
  for (int I = 1; I < argc; ++I) {
    llvm::StringRef Arg(argv[I]);
    UserResourceDir |= Arg.starts_with("--resource-dir") || Arg.starts_with("-resource-dir");
  }
  std::string ResourceDirFlag;
  if (!UserResourceDir) {
    std::string Dir = fallbackResourceDir(argv[0]);
    if (!Dir.empty()) {
      ResourceDirFlag = "--resource-dir=" + Dir;
      Args.insert(Args.begin() + 1, ResourceDirFlag.data());
    }
  }
  Args.push_back(nullptr);
  return clang::clangd::clangdMain(static_cast<int>(Args.size() - 1), Args.data());
}
