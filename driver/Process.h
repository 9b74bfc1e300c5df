//===--- Process.h - run a helper program and capture its output ----------===//
#ifndef DISTLINT_DRIVER_PROCESS_H
#define DISTLINT_DRIVER_PROCESS_H

#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace distlint {

/// Runs \p Args (Args[0] looked up in PATH) and returns its standard output; fails on a missing
/// program or a non-zero exit.
llvm::Expected<std::string> runProgram(const std::vector<std::string> &Args);

/// runProgram's output without surrounding white space, or "" when it failed.
std::string runProgramTrimmed(const std::vector<std::string> &Args);

} // namespace distlint

#endif
