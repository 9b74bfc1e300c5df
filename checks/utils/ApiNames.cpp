//===--- ApiNames.cpp -----------------------------------------------------===//
#include "ApiNames.h"

#include "ValueWrappers.h"
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

bool hasSpelledName(const NamedDecl &D, llvm::StringRef Name) {
  if (D.getIdentifier())
    return D.getName() == Name;
  // Operators have no identifier: "soci::session::operator<<" names one by its spelling.
  const auto *Function = dyn_cast<FunctionDecl>(&D);
  return Function && Function->isOverloadedOperator() && Function->getNameAsString() == Name;
}

bool identifiesOneOf(const Expr *E, llvm::ArrayRef<std::string> Names) {
  static const ValueWrappers StringWrappers;
  auto Matches = [&](const NamedDecl &D) {
    return llvm::any_of(Names, [&](const std::string &Name) { return nameMatches(D, Name); });
  };
  for (unsigned Depth = 0; E && Depth < 4; ++Depth) {
    E = stripValueWrappers(E, StringWrappers);
    if (const auto *Literal = dyn_cast_or_null<StringLiteral>(E))
      return Literal->getCharByteWidth() == 1 && llvm::is_contained(Names, Literal->getString());
    if (const auto *Deref = dyn_cast_or_null<UnaryOperator>(E);
        Deref && Deref->getOpcode() == UO_Deref) {
      E = Deref->getSubExpr();
      continue;
    }
    if (const auto *Call = dyn_cast_or_null<CallExpr>(E))
      return Call->getDirectCallee() && Matches(*Call->getDirectCallee());
    const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E);
    if (!Ref)
      return false;
    if (Matches(*Ref->getDecl()))
      return true;
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    if (!Var || !(Var->getType()->isReferenceType() || Var->getType().isConstQualified()))
      return false;
    E = Var->getInit();
  }
  return false;
}

bool methodMatches(const CXXMethodDecl &Method, llvm::StringRef Pattern, PlainName Plain) {
  auto [Class, Name] = Pattern.rsplit("::");
  return !Class.empty() && hasSpelledName(Method, Name) &&
         nameMatches(*Method.getParent(), Class, Plain);
}

} // namespace clang::tidy::distsys
