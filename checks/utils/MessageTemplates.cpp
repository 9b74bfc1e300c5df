//===--- MessageTemplates.cpp ---------------------------------------------===//
#include "MessageTemplates.h"

namespace clang::tidy::distsys {

std::string substitute(std::string Text, llvm::StringRef Key, llvm::StringRef Value) {
  if (Key.empty())
    return Text;
  for (size_t Pos = Text.find(Key); Pos != std::string::npos;
       Pos = Text.find(Key, Pos + Value.size()))
    Text.replace(Pos, Key.size(), Value.str());
  return Text;
}

} // namespace clang::tidy::distsys
