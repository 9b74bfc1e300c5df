//===--- ApiNames.cpp -----------------------------------------------------===//
#include "ApiNames.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/PrettyPrinter.h"

namespace clang::tidy::distsys {

std::string qualifiedName(const NamedDecl &D) {
  std::string Name;
  llvm::raw_string_ostream OS(Name);
  PrintingPolicy Policy(D.getASTContext().getLangOpts());
  Policy.SuppressInlineNamespace = true;
  Policy.SuppressUnwrittenScope = true;
  D.printQualifiedName(OS, Policy);
  return Name;
}

bool nameMatches(const NamedDecl &D, llvm::StringRef Pattern, PlainName Plain) {
  Pattern.consume_front("::");
  if (Plain == PlainName::GlobalOnly && !Pattern.contains("::")) {
    const auto *Function = dyn_cast<FunctionDecl>(&D);
    const DeclContext *Context = D.getDeclContext()->getRedeclContext();
    if (!Context->isTranslationUnit() && !D.isInStdNamespace() &&
        !(Function && Function->isExternC()))
      return false;
    return D.getIdentifier() && D.getName() == Pattern;
  }
  std::string Qualified = qualifiedName(D);
  llvm::StringRef Name(Qualified);
  return Name == Pattern ||
         (Name.ends_with(Pattern) && Name.drop_back(Pattern.size()).ends_with("::"));
}

bool methodMatches(const CXXMethodDecl &Method, llvm::StringRef Pattern, PlainName Plain) {
  auto [Class, Name] = Pattern.rsplit("::");
  // Operators have no identifier: "soci::session::operator<<" names one by its spelling.
  bool SameName = Method.getIdentifier()
                      ? Method.getName() == Name
                      : Method.isOverloadedOperator() && Method.getNameAsString() == Name;
  return !Class.empty() && SameName && nameMatches(*Method.getParent(), Class, Plain);
}

} // namespace clang::tidy::distsys
