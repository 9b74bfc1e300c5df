//===--- Fixes.cpp --------------------------------------------------------===//
#include "Fixes.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <map>

namespace distlint {

llvm::Expected<unsigned> applyFixes(const std::vector<Finding> &Findings) {
  std::map<std::string, std::map<unsigned, Edit>> ByFile; // offset -> edit, dropping repeats
  for (const Finding &F : Findings)
    if (!F.Suppressed)
      for (const Fix &Fx : F.Fixes)
        for (const Edit &E : Fx.Edits) {
          if (E.Span.File.empty())
            continue;
          std::map<unsigned, Edit> &Edits = ByFile[E.Span.File];
          // A repeat (a header fix seen from two files) or a conflicting edit at the same place.
          auto After = Edits.lower_bound(E.Offset);
          bool Overlaps =
              (After != Edits.end() && After->first < E.Offset + std::max(E.Length, 1u)) ||
              (After != Edits.begin() &&
               std::prev(After)->first + std::prev(After)->second.Length > E.Offset);
          if (!Overlaps)
            Edits.emplace(E.Offset, E);
        }
  for (auto &[File, Edits] : ByFile) {
    auto Buffer = llvm::MemoryBuffer::getFile(File);
    if (!Buffer)
      return llvm::createStringError(Buffer.getError(), "cannot read %s", File.c_str());
    std::string Text = (*Buffer)->getBuffer().str();
    Buffer->reset(); // unmapped before the file is rewritten
    for (auto It = Edits.rbegin(); It != Edits.rend(); ++It) {
      if (It->second.Offset + It->second.Length > Text.size())
        return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                       "%s changed during the analysis; no fix applied to it",
                                       File.c_str());
      Text.replace(It->second.Offset, It->second.Length, It->second.Text);
    }
    std::error_code EC;
    llvm::raw_fd_ostream Out(File, EC);
    if (EC)
      return llvm::createStringError(EC, "cannot write %s", File.c_str());
    Out << Text;
  }
  return ByFile.size();
}

} // namespace distlint
