//===--- FuzzSupport.h - helpers shared by the fuzz targets ---------------===//
#ifndef DISTLINT_FUZZ_FUZZSUPPORT_H
#define DISTLINT_FUZZ_FUZZSUPPORT_H

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdint>
#include <cstdlib>
#include <string>

namespace distlint::fuzz {

inline llvm::StringRef text(const uint8_t *Data, size_t Size) {
  return llvm::StringRef(reinterpret_cast<const char *>(Data), Size);
}

/// A directory of its own for targets whose code under test reads files; removed at exit.
class TempDir {
public:
  explicit TempDir(llvm::StringRef Prefix) {
    if (llvm::sys::fs::createUniqueDirectory(Prefix, Dir))
      std::abort();
  }
  ~TempDir() { llvm::sys::fs::remove_directories(Dir); }
  std::string path(llvm::StringRef Name) const {
    llvm::SmallString<256> P(Dir);
    if (!Name.empty())
      llvm::sys::path::append(P, Name);
    return std::string(P);
  }

private:
  llvm::SmallString<256> Dir;
};

inline bool writeFile(const std::string &Path, llvm::StringRef Contents) {
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC);
  if (EC)
    std::abort();
  OS << Contents;
  return true;
}

} // namespace distlint::fuzz

#endif
