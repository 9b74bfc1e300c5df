//===--- TraceAnalysis.cpp - helpers shared by distsys-unpropagated-trace-context -===//
//
// The small type and name questions every part of the analysis asks: is a declaration in a
// system header, does a type name a model class, does a class derive from a carrier base, what
// the findings call a function, and whether a function (or what it overrides) has a model name.
//
//===----------------------------------------------------------------------===//
#include "TraceAnalysis.h"
#include "utils/ApiNames.h"

#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::distsys::trace_context {

bool inSystemHeader(const Decl *D, const SourceManager &SM) {
  SourceLocation Loc = D->getLocation();
  return Loc.isInvalid() || SM.isInSystemHeader(SM.getExpansionLoc(Loc));
}

bool typeMatches(QualType Type, llvm::StringRef Name) {
  if (Type.isNull())
    return false;
  Type = Type.getNonReferenceType();
  if (Type->isPointerType())
    Type = Type->getPointeeType();
  // Walk the sugar: typedefs and alias templates (http::request<Body> = message<true, Body>).
  for (QualType T = Type; !T.isNull();) {
    if (const auto *Typedef = dyn_cast<TypedefType>(T.getTypePtr());
        Typedef && nameMatches(*Typedef->getDecl(), Name))
      return true;
    if (const auto *Special = dyn_cast<TemplateSpecializationType>(T.getTypePtr()))
      if (const TemplateDecl *Template = Special->getTemplateName().getAsTemplateDecl();
          Template && nameMatches(*Template, Name))
        return true;
    QualType Next = T->getLocallyUnqualifiedSingleStepDesugaredType();
    if (Next == QualType(T.getTypePtr(), 0))
      break;
    T = Next;
  }
  const auto *Record = Type->getAsCXXRecordDecl();
  return Record && nameMatches(*Record, Name);
}

bool derivesFrom(const CXXRecordDecl *Record, const std::vector<std::string> &Bases) {
  if (!Record || !Record->hasDefinition())
    return false;
  Record = Record->getDefinition();
  auto Matches = [&](const CXXRecordDecl *R) {
    return llvm::any_of(Bases, [&](const std::string &B) { return nameMatches(*R, B); });
  };
  if (Matches(Record))
    return true;
  return !Record->forallBases([&](const CXXRecordDecl *Base) { return !Matches(Base); });
}

std::string displayName(const FunctionDecl &F, const SourceManager &SM) {
  if (inSystemHeader(&F, SM))
    return F.getQualifiedNameAsString();
  std::string Name = F.getNameAsString();
  for (const DeclContext *DC = F.getDeclContext(); DC; DC = DC->getParent()) {
    const auto *Record = dyn_cast<CXXRecordDecl>(DC);
    if (!Record)
      break;
    Name = Record->getNameAsString() + "::" + Name;
  }
  return Name;
}

bool Analysis::namedAny(const FunctionDecl *F, const std::vector<std::string> &Names) {
  if (!F)
    return false;
  if (llvm::any_of(Names, [&](const std::string &N) { return nameMatches(*F, N); }))
    return true;
  if (const auto *Method = dyn_cast<CXXMethodDecl>(F))
    for (const CXXMethodDecl *Overridden : Method->overridden_methods())
      if (namedAny(Overridden, Names))
        return true;
  return false;
}

} // namespace clang::tidy::distsys::trace_context
