//===--- Fixes.cpp --------------------------------------------------------===//
#include "Fixes.h"

#include "clang/Tooling/Core/Diagnostic.h"
#include "clang/Tooling/Core/Replacement.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <map>

namespace distlint {

const std::vector<Fix> &chosenFixes(const Finding &F, bool FixNotes) {
  return F.Fixes.empty() && FixNotes && F.NoteFixes.size() == 1 ? F.NoteFixes : F.Fixes;
}

namespace {

/// An edit that conflicts with one already taken (a different edit of the same text) is
/// dropped, the first one wins; an identical repeat (a header fix seen from two files) is one.
void addEdits(const std::vector<Fix> &Fixes,
              std::map<std::string, clang::tooling::Replacements> &ByFile) {
  for (const Fix &Fx : Fixes)
    for (const Edit &E : Fx.Edits)
      if (!E.Span.File.empty())
        llvm::consumeError(ByFile[E.Span.File].add(
            clang::tooling::Replacement(E.Span.File, E.Offset, E.Length, E.Text)));
}

} // namespace

void exportFixes(llvm::raw_ostream &OS, const std::vector<Finding> &Findings, bool FixNotes,
                 llvm::StringRef BuildDirectory) {
  clang::tooling::TranslationUnitDiagnostics Document;
  for (const Finding &F : Findings) {
    if (F.Suppressed)
      continue;
    if (Document.MainSourceFile.empty())
      Document.MainSourceFile = F.Primary.File;
    std::map<std::string, clang::tooling::Replacements> ByFile;
    addEdits(chosenFixes(F, FixNotes), ByFile);
    clang::tooling::DiagnosticMessage Message;
    Message.Message = F.Message;
    Message.FilePath = F.Primary.File;
    Message.FileOffset = F.PrimaryOffset;
    for (auto &[File, Replacements] : ByFile)
      Message.Fix.try_emplace(File, std::move(Replacements));
    clang::tooling::Diagnostic::Level Level = F.Level == "error" ? clang::tooling::Diagnostic::Error
                                              : F.Level == "note"
                                                  ? clang::tooling::Diagnostic::Remark
                                                  : clang::tooling::Diagnostic::Warning;
    Document.Diagnostics.emplace_back(F.RuleId, Message,
                                      llvm::SmallVector<clang::tooling::DiagnosticMessage, 1>(),
                                      Level, BuildDirectory);
  }
  llvm::yaml::Output YAML(OS);
  YAML << Document;
}

llvm::Expected<unsigned> applyFixes(const std::vector<Finding> &Findings, bool FixNotes) {
  std::map<std::string, clang::tooling::Replacements> ByFile;
  for (const Finding &F : Findings)
    if (!F.Suppressed)
      addEdits(chosenFixes(F, FixNotes), ByFile);
  for (auto &[File, Replacements] : ByFile) {
    auto Buffer = llvm::MemoryBuffer::getFile(File);
    if (!Buffer)
      return llvm::createStringError(Buffer.getError(), "cannot read %s", File.c_str());
    llvm::StringRef Code = (*Buffer)->getBuffer();
    // applyAllReplacements does not check that the edits still fit the file.
    bool Fits = llvm::all_of(Replacements, [&](const clang::tooling::Replacement &R) {
      return R.getOffset() + R.getLength() <= Code.size();
    });
    llvm::Expected<std::string> Text =
        Fits ? clang::tooling::applyAllReplacements(Code, Replacements) : std::string();
    Buffer->reset(); // unmapped before the file is rewritten
    if (!Fits || !Text) {
      if (!Text)
        llvm::consumeError(Text.takeError());
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "%s changed during the analysis; no fix applied to it",
                                     File.c_str());
    }
    std::error_code EC;
    llvm::raw_fd_ostream Out(File, EC);
    if (EC)
      return llvm::createStringError(EC, "cannot write %s", File.c_str());
    Out << *Text;
  }
  return ByFile.size();
}

} // namespace distlint
