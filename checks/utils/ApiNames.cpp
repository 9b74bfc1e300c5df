//===--- ApiNames.cpp -----------------------------------------------------===//
#include "ApiNames.h"

namespace clang::tidy::distsys {

bool nameMatches(const NamedDecl &D, llvm::StringRef Pattern) {
  Pattern.consume_front("::");
  std::string Qualified = D.getQualifiedNameAsString();
  llvm::StringRef Name(Qualified);
  return Name == Pattern ||
         (Name.ends_with(Pattern) && Name.drop_back(Pattern.size()).ends_with("::"));
}

} // namespace clang::tidy::distsys
