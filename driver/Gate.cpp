//===--- Gate.cpp ---------------------------------------------------------===//
#include "Gate.h"
#include "Process.h"
#include "utils/ModelJson.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <nlohmann/json.hpp>

namespace distlint {

int levelRank(llvm::StringRef Level) {
  return llvm::StringSwitch<int>(Level)
      .Case("note", 1)
      .Case("warning", 2)
      .Case("error", 3)
      .Default(0);
}

llvm::Expected<int> failOnRank(llvm::StringRef Level) {
  if (Level == "none")
    return 4;
  int Rank = levelRank(Level);
  if (!Rank)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "--fail-on must be error, warning, note or none, not '%s'",
                                   Level.str().c_str());
  return Rank;
}

llvm::Expected<std::set<std::string>> loadBaseline(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return llvm::createStringError(Buffer.getError(), "cannot read baseline '%s': %s",
                                   Path.str().c_str(), Buffer.getError().message().c_str());
  return loadBaselineText((*Buffer)->getBuffer(), Path);
}

llvm::Expected<std::set<std::string>> loadBaselineText(llvm::StringRef Text, llvm::StringRef Path) {
  auto Invalid = [&](const std::string &Why) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "baseline '%s' is not a SARIF log written by distlint: %s",
                                   Path.str().c_str(), Why.c_str());
  };
  auto Doc = clang::tidy::distsys::parseBoundedJson(Text, "it");
  if (!Doc)
    return Invalid(llvm::toString(Doc.takeError()));
  if (!Doc->is_object() || !Doc->contains("runs") || !(*Doc)["runs"].is_array())
    return Invalid("no 'runs' array");
  std::set<std::string> Known;
  for (const auto &Run : (*Doc)["runs"]) {
    if (!Run.is_object())
      return Invalid("a run is not an object");
    auto Results = Run.find("results");
    if (Results == Run.end())
      continue;
    if (!Results->is_array())
      return Invalid("a run's 'results' is not an array");
    for (const auto &Result : *Results) {
      auto Prints = Result.is_object() ? Result.find("partialFingerprints") : Result.end();
      if (Prints == Result.end() || !Prints->is_object())
        return Invalid("a result has no 'partialFingerprints' object");
      auto It = Prints->find("distlintFingerprint/v1");
      if (It == Prints->end() || !It->is_string())
        return Invalid("a result has no distlintFingerprint/v1");
      Known.insert(It->get<std::string>());
    }
  }
  return Known;
}

bool ChangedLines::contains(const std::string &File, unsigned Line) const {
  if (WholeFiles.count(File))
    return true;
  auto It = Ranges.find(File);
  if (It == Ranges.end())
    return false;
  for (const auto &[First, Last] : It->second)
    if (Line >= First && Line <= Last)
      return true;
  return false;
}

// Hand-written: LLVM has no unified-diff reader (clang-format-diff parses hunks in Python), and
// the gate needs only the "+++" file names and the "@@" new-side line ranges.
ChangedLines parseUnifiedDiff(llvm::StringRef Diff, llvm::StringRef RepoRoot) {
  ChangedLines Changed;
  std::string Current;
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  Diff.split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    if (Line.consume_front("+++ ")) {
      Current.clear();
      if (Line.consume_front("b/")) {
        llvm::SmallString<256> Path(RepoRoot);
        llvm::sys::path::append(Path, Line.rtrim());
        Current = std::string(Path);
      }
      continue;
    }
    // @@ -a[,b] +c[,d] @@
    if (!Line.consume_front("@@ ") || Current.empty())
      continue;
    size_t Plus = Line.find(" +");
    if (Plus == llvm::StringRef::npos)
      continue;
    llvm::StringRef Added = Line.substr(Plus + 2).take_until([](char C) { return C == ' '; });
    auto [StartText, CountText] = Added.split(',');
    unsigned Start = 0, Count = 1;
    if (StartText.getAsInteger(10, Start) ||
        (!CountText.empty() && CountText.getAsInteger(10, Count)))
      continue;
    if (Count > 0)
      Changed.Ranges[Current].push_back({Start, Start + Count - 1});
  }
  return Changed;
}

llvm::Expected<ChangedLines> changedLinesSince(llvm::StringRef Revision, llvm::StringRef RepoRoot) {
  // core.quotePath=false: paths with non-ASCII characters come unquoted, as they are on disk.
  auto Diff = runProgram({"git", "-C", RepoRoot.str(), "-c", "core.quotePath=false", "diff",
                          "--unified=0", "--no-color", "--no-ext-diff", Revision.str(), "--"});
  if (!Diff)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "--diff-base=%s: git diff failed: %s", Revision.str().c_str(),
                                   llvm::toString(Diff.takeError()).c_str());
  ChangedLines Changed = parseUnifiedDiff(*Diff, RepoRoot);
  auto Untracked = runProgram({"git", "-C", RepoRoot.str(), "-c", "core.quotePath=false",
                               "ls-files", "--others", "--exclude-standard"});
  if (Untracked) {
    llvm::SmallVector<llvm::StringRef, 16> Files;
    llvm::StringRef(*Untracked).split(Files, '\n', -1, false);
    for (llvm::StringRef File : Files) {
      llvm::SmallString<256> Path(RepoRoot);
      llvm::sys::path::append(Path, File);
      Changed.WholeFiles.insert(std::string(Path));
    }
  }
  return Changed;
}

void applyBaseline(std::vector<Finding> &Findings, const std::set<std::string> &Known) {
  for (Finding &F : Findings)
    F.InBaseline = Known.count(F.Fingerprint) != 0;
}

void applyDiff(std::vector<Finding> &Findings, const ChangedLines &Changed) {
  for (Finding &F : Findings) {
    F.OutsideDiff = !Changed.contains(F.Primary.File, F.Primary.Line);
    // git names files by their real path; the compilation database may go through a symlink.
    llvm::SmallString<256> Real;
    if (F.OutsideDiff && !llvm::sys::fs::real_path(F.Primary.File, Real))
      F.OutsideDiff = !Changed.contains(std::string(Real), F.Primary.Line);
  }
}

unsigned gatingFindings(const std::vector<Finding> &Findings, int Rank) {
  return llvm::count_if(Findings, [&](const Finding &F) {
    return !F.Suppressed && !F.InBaseline && !F.OutsideDiff && levelRank(F.Level) >= Rank;
  });
}

} // namespace distlint
