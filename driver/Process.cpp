//===--- Process.cpp ------------------------------------------------------===//
#include "Process.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"

namespace distlint {

llvm::Expected<std::string> runProgram(const std::vector<std::string> &Args) {
  auto Program = llvm::sys::findProgramByName(Args.at(0));
  if (!Program)
    return llvm::createStringError(Program.getError(), "'%s' not found in PATH",
                                   Args[0].c_str());
  llvm::SmallString<128> Output;
  if (std::error_code EC = llvm::sys::fs::createTemporaryFile("distlint", "out", Output))
    return llvm::createStringError(EC, "cannot create a temporary file");
  std::vector<llvm::StringRef> Argv(Args.begin(), Args.end());
  std::optional<llvm::StringRef> Redirects[] = {llvm::StringRef(""), Output.str(),
                                                llvm::StringRef("")};
  std::string Error;
  int Status = llvm::sys::ExecuteAndWait(*Program, Argv, std::nullopt, Redirects, 0, 0, &Error);
  auto Buffer = llvm::MemoryBuffer::getFile(Output);
  llvm::sys::fs::remove(Output);
  if (Status != 0)
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "'%s' exited with %d%s%s",
                                   Args[0].c_str(), Status, Error.empty() ? "" : ": ",
                                   Error.c_str());
  return Buffer ? (*Buffer)->getBuffer().str() : std::string();
}

std::string runProgramTrimmed(const std::vector<std::string> &Args) {
  auto Out = runProgram(Args);
  if (!Out) {
    llvm::consumeError(Out.takeError());
    return "";
  }
  return llvm::StringRef(*Out).trim().str();
}

} // namespace distlint
