//===--- Handlers.cpp - request handlers of distsys-unpropagated-trace-context -===//
//
// Which functions handle an incoming request (a handler model's signature, the handler
// annotation, the HandlerNamePattern option) and what the findings call them: the function's
// name, or for a route lambda its registration (svr.Post("/orders", ...) -> POST /orders,
// app().registerHandler("/orders", ...) -> /orders).
//
//===----------------------------------------------------------------------===//
#include "TraceAnalysis.h"
#include "utils/ValueWrappers.h"

#include "clang/AST/ParentMapContext.h"
#include "llvm/ADT/StringExtras.h"

namespace clang::tidy::distsys::trace_context {
namespace {

/// The narrow string literal \p E is, through conversions to std::string and the like.
const StringLiteral *literalIn(const Expr *E) {
  static const ValueWrappers LiteralWrappers = [] {
    ValueWrappers W;
    W.ExplicitCasts = ValueWrappers::Casts::Functional;
    return W;
  }();
  const auto *Literal = dyn_cast_or_null<StringLiteral>(stripValueWrappers(E, LiteralWrappers));
  return Literal && Literal->getCharByteWidth() == 1 ? Literal : nullptr;
}

} // namespace

bool Analysis::isHandler(const FunctionDecl *F, const ParmVarDecl *&Param) const {
  Param = nullptr;
  for (const HandlerModel &M : Models.Handlers) {
    const ParmVarDecl *Context = nullptr;
    bool Also = M.AlsoParam.empty() ||
                (!M.OrReturns.empty() && typeMatches(F->getReturnType(), M.OrReturns));
    for (const ParmVarDecl *P : F->parameters()) {
      if (!Context && typeMatches(P->getType(), M.ContextParam))
        Context = P;
      else if (!Also && typeMatches(P->getType(), M.AlsoParam))
        Also = true;
    }
    if (!Context || !Also)
      continue;
    if (M.RequireOverride) {
      const auto *Method = dyn_cast<CXXMethodDecl>(F);
      if (!Method || Method->size_overridden_methods() == 0)
        continue;
    }
    Param = Context;
    return true;
  }
  if (!Models.HandlerAnnotation.empty())
    for (const auto *Attr : F->getCanonicalDecl()->specific_attrs<AnnotateAttr>())
      if (Attr->getAnnotation() == Models.HandlerAnnotation)
        return true;
  for (const FunctionDecl *Redecl : F->redecls())
    for (const auto *Attr : Redecl->specific_attrs<AnnotateAttr>())
      if (Attr->getAnnotation() == Models.HandlerAnnotation)
        return true;
  return HandlerName && HandlerName->match(F->getQualifiedNameAsString());
}

std::string Analysis::handlerName(const FunctionDecl *F) const {
  auto Lambda = LambdaOf.find(F->getCanonicalDecl());
  if (Lambda == LambdaOf.end())
    return displayName(*F, SM);
  // A route lambda: name it after its registration, svr.Post("/orders", ...) -> POST /orders.
  const Stmt *Child = Lambda->second;
  for (unsigned Steps = 0; Steps < 8; ++Steps) {
    DynTypedNodeList Parents = Context.getParents(*Child);
    const Stmt *Parent = Parents.empty() ? nullptr : Parents[0].get<Stmt>();
    if (!Parent)
      break;
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Parent)) {
      const CXXMethodDecl *Method = Member->getMethodDecl();
      if (Method && Method->getDeclName().isIdentifier() && Member->getNumArgs() > 0) {
        // A verb's method (svr.Post) names the route's method; a registration function
        // (app().registerHandler) only its path.
        if (const StringLiteral *Path = literalIn(Member->getArg(0))) {
          std::string Verb = Method->getName().upper();
          bool IsVerb = llvm::is_contained(
              {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}, llvm::StringRef(Verb));
          return IsVerb ? Verb + " " + Path->getString().str() : Path->getString().str();
        }
        // listener.support(methods::POST, ...) -> POST listener (verbs are upper case)
        const auto *Verb = dyn_cast<DeclRefExpr>(Member->getArg(0)->IgnoreImplicit());
        if (Verb && isa<VarDecl>(Verb->getDecl()) && !isa<ParmVarDecl>(Verb->getDecl()) &&
            Verb->getDecl()->getIdentifier() && Member->getNumArgs() > 1 &&
            Verb->getDecl()->getName().upper() == Verb->getDecl()->getName())
          return Verb->getDecl()->getNameAsString() + " listener";
      }
      break;
    }
    Child = Parent;
  }
  auto Parent = LexicalParent.find(F->getCanonicalDecl());
  return "lambda in " +
         (Parent != LexicalParent.end() ? handlerName(Parent->second) : std::string("?"));
}

} // namespace clang::tidy::distsys::trace_context
