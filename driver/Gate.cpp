//===--- Gate.cpp ---------------------------------------------------------===//
#include "Gate.h"
#include "Process.h"
#include "Report.h"
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

/// A fingerprint without its ":<occurrence>": what the baseline counts.
static llvm::StringRef fingerprintHash(llvm::StringRef Fingerprint) {
  return Fingerprint.rsplit(':').first;
}

llvm::Expected<BaselineCounts> loadBaseline(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return llvm::createStringError(Buffer.getError(), "cannot read baseline '%s': %s",
                                   Path.str().c_str(), Buffer.getError().message().c_str());
  return loadBaselineText((*Buffer)->getBuffer(), Path);
}

llvm::Expected<BaselineCounts> loadBaselineText(llvm::StringRef Text, llvm::StringRef Path) {
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
  BaselineCounts Known;
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
      auto It = Prints->find(FingerprintKey);
      if (It == Prints->end() || !It->is_string()) {
        if (Prints->contains("distlintFingerprint/v1"))
          return llvm::createStringError(
              llvm::inconvertibleErrorCode(),
              "baseline '%s' was recorded by an older distlint (distlintFingerprint/v1, which "
              "this version no longer computes); record it again with this version",
              Path.str().c_str());
        return Invalid(std::string("a result has no ") + FingerprintKey);
      }
      ++Known[fingerprintHash(It->get_ref<const std::string &>()).str()];
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

/// A path as git C-quotes it when it has '"', '\\', control or (without core.quotePath=false)
/// non-ASCII characters: "b/a\tb.cpp" with \t \n \" \\ and octal escapes.
std::string unquoteGitPath(llvm::StringRef Quoted) {
  Quoted = Quoted.rtrim("\r");
  Quoted.consume_front("\"");
  Quoted.consume_back("\"");
  std::string Out;
  for (size_t I = 0; I < Quoted.size(); ++I) {
    if (Quoted[I] != '\\' || I + 1 == Quoted.size()) {
      Out += Quoted[I];
      continue;
    }
    char C = Quoted[++I];
    if (C >= '0' && C <= '7' && I + 2 < Quoted.size()) {
      Out += static_cast<char>(((C - '0') << 6) | ((Quoted[I + 1] - '0') << 3) |
                               (Quoted[I + 2] - '0'));
      I += 2;
      continue;
    }
    switch (C) {
    case 't': Out += '\t'; break;
    case 'n': Out += '\n'; break;
    case 'r': Out += '\r'; break;
    case 'a': Out += '\a'; break;
    case 'b': Out += '\b'; break;
    case 'f': Out += '\f'; break;
    case 'v': Out += '\v'; break;
    default: Out += C; // \" and \\ and anything else: the character itself
    }
  }
  return Out;
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
      std::string Name = Line.starts_with("\"") ? unquoteGitPath(Line) : Line.rtrim("\r").str();
      if (llvm::StringRef(Name).starts_with("b/")) {
        llvm::SmallString<256> Path(RepoRoot);
        llvm::sys::path::append(Path, llvm::StringRef(Name).drop_front(2));
        Current = std::string(Path);
      }
      continue;
    }
    if (Line.starts_with("Binary files ") || Line.starts_with("GIT binary patch"))
      Changed.Unreadable = Line.str();
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
  auto Fail = [&](const std::string &Why) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "--diff-base=%s: %s",
                                   Revision.str().c_str(), Why.c_str());
  };
  // The revision comes from CI configuration a pull request may edit: never let it be an option
  // (--output=<file> would make git write a file and print an empty diff).
  if (Revision.empty() || Revision.starts_with("-"))
    return Fail("not a git revision");
  auto Commit = runProgram(
      {"git", "-C", RepoRoot.str(), "rev-parse", "--verify", "--quiet", Revision.str() + "^{commit}"});
  if (!Commit)
    return Fail("no such commit in " + RepoRoot.str());
  // As in a pull request's view: what changed since the branch left <rev>.
  auto Base = runProgram({"git", "-C", RepoRoot.str(), "merge-base",
                          llvm::StringRef(*Commit).trim().str(), "HEAD"});
  if (!Base) {
    bool Shallow = runProgramTrimmed({"git", "-C", RepoRoot.str(), "rev-parse",
                                      "--is-shallow-repository"}) == "true";
    return Fail(Shallow ? "no merge base with HEAD in this shallow clone; fetch more history "
                          "(actions/checkout: fetch-depth: 0, or git fetch --unshallow)"
                        : "no merge base with HEAD");
  }
  // core.quotePath=false: paths with non-ASCII characters come unquoted, as they are on disk.
  // --text and no textconv or external diff: .gitattributes in the change cannot turn the diff
  // into "Binary files differ" or into another program's output.
  auto Diff = runProgram({"git", "-C", RepoRoot.str(), "-c", "core.quotePath=false", "diff",
                          "--unified=0", "--no-color", "--no-ext-diff", "--no-textconv", "--text",
                          "--no-renames", llvm::StringRef(*Base).trim().str(), "--"});
  if (!Diff)
    return Fail("git diff failed: " + llvm::toString(Diff.takeError()));
  ChangedLines Changed = parseUnifiedDiff(*Diff, RepoRoot);
  if (!Changed.Unreadable.empty())
    return Fail("cannot read the diff ('" + Changed.Unreadable + "')");
  auto Untracked = runProgram({"git", "-C", RepoRoot.str(), "-c", "core.quotePath=false",
                               "ls-files", "--others", "--exclude-standard", "-z"});
  if (Untracked) {
    llvm::SmallVector<llvm::StringRef, 16> Files; // -z: names as they are, NUL-separated
    llvm::StringRef(*Untracked).split(Files, '\0', -1, false);
    for (llvm::StringRef File : Files) {
      llvm::SmallString<256> Path(RepoRoot);
      llvm::sys::path::append(Path, File);
      Changed.WholeFiles.insert(std::string(Path));
    }
  }
  return Changed;
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

void applyBaseline(std::vector<Finding> &Findings, const BaselineCounts &Known) {
  BaselineCounts Left = Known;
  for (bool Outside : {true, false})
    for (Finding &F : Findings) {
      if (F.OutsideDiff != Outside)
        continue;
      auto It = Left.find(fingerprintHash(F.Fingerprint).str());
      F.InBaseline = It != Left.end() && It->second > 0;
      if (F.InBaseline)
        --It->second;
    }
}

GateVerdict gateVerdict(const Finding &F, int Rank) {
  if (F.Suppressed)
    return GateVerdict::Suppressed;
  if (F.InBaseline)
    return GateVerdict::InBaseline;
  if (F.OutsideDiff)
    return GateVerdict::OutsideDiff;
  if (levelRank(F.Level) < Rank)
    return GateVerdict::BelowFailOn;
  return GateVerdict::Fails;
}

llvm::StringRef verdictName(GateVerdict Verdict) {
  switch (Verdict) {
  case GateVerdict::Fails:
    return "fails";
  case GateVerdict::Suppressed:
    return "suppressed";
  case GateVerdict::InBaseline:
    return "baseline";
  case GateVerdict::OutsideDiff:
    return "outside-diff";
  case GateVerdict::BelowFailOn:
    return "below-fail-on";
  }
  llvm_unreachable("unknown gate verdict");
}

unsigned gatingFindings(const std::vector<Finding> &Findings, int Rank) {
  return llvm::count_if(
      Findings, [&](const Finding &F) { return gateVerdict(F, Rank) == GateVerdict::Fails; });
}

} // namespace distlint
