//===--- TestBodies.cpp - the functions that run as part of a test --------===//
//
// distsys-hardcoded-test-resource-id's test-body recognition beyond the matchers of
// registerMatchers (methods of classes derived from a framework base, GoogleTest): bodies
// registered by address (Catch2, Boost.Test and the methods their invokers call), and the
// function a call belongs to, through lambdas.
//
//===----------------------------------------------------------------------===//
#include "HardcodedTestResourceIdAnalysis.h"
#include "HardcodedTestResourceIdCheck.h"
#include "utils/Calls.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::distsys {
namespace test_resource_id {
namespace {

/// The first function named in \p S (its address taken, or decayed to a pointer).
const FunctionDecl *referencedFunction(const Stmt *S) {
  if (!S)
    return nullptr;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
    if (const auto *Function = dyn_cast<FunctionDecl>(Ref->getDecl()))
      return Function;
  for (const Stmt *Child : S->children())
    if (const FunctionDecl *Function = referencedFunction(Child))
      return Function;
  return nullptr;
}

} // namespace

const FunctionDecl *enclosingFunction(const Expr &E, ASTContext &Context) {
  DynTypedNodeList Parents = Context.getParents(E);
  for (unsigned Depth = 0; !Parents.empty() && Depth < 256; ++Depth) {
    DynTypedNode Next = Parents[0];
    for (const DynTypedNode &P : Parents)
      if (P.get<LambdaExpr>())
        Next = P;
    if (const auto *Function = Next.get<FunctionDecl>()) {
      const auto *Method = dyn_cast<CXXMethodDecl>(Function);
      if (!Method || !Method->getParent()->isLambda())
        return Function;
    }
    Parents = Context.getParents(Next);
  }
  return nullptr;
}

} // namespace test_resource_id

using namespace test_resource_id;

void HardcodedTestResourceIdCheck::collectRegisteredBody(
    const Expr *Registration, unsigned Arg, const std::vector<std::string> &CalledMethods) {
  llvm::ArrayRef<const Expr *> Args = callArguments(Registration);
  if (Arg >= Args.size())
    return;
  const FunctionDecl *Body = referencedFunction(Args[Arg]);
  if (!Body)
    return;
  TestBodies.insert(Body->getCanonicalDecl());
  if (CalledMethods.empty())
    return;
  // Boost.Test: the registered invoker constructs the fixture and calls test_method().
  const FunctionDecl *Definition = Body->getDefinition();
  if (!Definition || !Definition->getBody())
    return;
  auto Calls = match(findAll(cxxMemberCallExpr().bind("m")), *Definition->getBody(), *Context);
  for (const BoundNodes &Node : Calls)
    if (const CXXMethodDecl *Method = Node.getNodeAs<CXXMemberCallExpr>("m")->getMethodDecl())
      if (Method->getDeclName().isIdentifier() &&
          llvm::is_contained(CalledMethods, Method->getName()))
        TestBodies.insert(Method->getCanonicalDecl());
}

} // namespace clang::tidy::distsys
