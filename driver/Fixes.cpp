//===--- Fixes.cpp --------------------------------------------------------===//
#include "Fixes.h"

#include "clang/Tooling/Core/Replacement.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <map>

namespace distlint {

llvm::Expected<unsigned> applyFixes(const std::vector<Finding> &Findings) {
  // An edit that conflicts with one already taken (a different edit of the same text) is
  // dropped, the first one wins; an identical repeat (a header fix seen from two files) is one.
  std::map<std::string, clang::tooling::Replacements> ByFile;
  for (const Finding &F : Findings)
    if (!F.Suppressed)
      for (const Fix &Fx : F.Fixes)
        for (const Edit &E : Fx.Edits)
          if (!E.Span.File.empty())
            llvm::consumeError(ByFile[E.Span.File].add(
                clang::tooling::Replacement(E.Span.File, E.Offset, E.Length, E.Text)));
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
