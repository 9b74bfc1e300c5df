//===--- ParameterReach.cpp - parameters that carry a name to a resource operation ---===//
//
// distsys-hardcoded-test-resource-id through project functions: a test passes "orders" to
// createOrdersTable(name), whose body (or a function it calls with the name) hands it to
// CreateTable. A parameter reaches an operation when its unmodified value is the operation's
// resource name, or is passed on to a parameter that reaches one; each function is analysed once,
// and a cycle or a chain deeper than MaxDepth reaches nothing.
//
//===----------------------------------------------------------------------===//
#include "HardcodedTestResourceIdAnalysis.h"
#include "utils/Calls.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::distsys::test_resource_id {
namespace {

/// The calls and constructions in a body, lambdas included; overloaded operators are no
/// resource operations.
class CallCollector : public RecursiveASTVisitor<CallCollector> {
public:
  bool VisitCallExpr(CallExpr *Call) {
    if (!isa<CXXOperatorCallExpr>(Call))
      Calls.push_back(Call);
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *Construct) {
    Calls.push_back(Construct);
    return true;
  }
  std::vector<const Expr *> Calls;
};

} // namespace

const SinkName *ParameterReach::reach(const FunctionDecl &Callee, unsigned Index) {
  if (Index >= Callee.getNumParams())
    return nullptr;
  analyse(Callee, 0);
  auto It = Reached.find(Callee.getParamDecl(Index));
  return It == Reached.end() ? nullptr : &It->second;
}

void ParameterReach::analyse(const FunctionDecl &Function, unsigned Depth) {
  if (Depth > MaxDepth || !Function.getBody() || !Analysed.insert(&Function).second)
    return;
  const SourceManager &SM = T.Context.getSourceManager();
  CallCollector Collector;
  Collector.TraverseStmt(Function.getBody());
  auto Record = [&](const ParmVarDecl *Param, const SinkName &Name) {
    if (Param && Param->getDeclContext() == &Function)
      Reached.try_emplace(Param, Name);
  };
  for (const Expr *Call : Collector.Calls) {
    const FunctionDecl *Callee = calleeOf(Call);
    if (!Callee || expectedToFail(*Call, T.Context, Models))
      continue;
    llvm::ArrayRef<const Expr *> Args = callArguments(Call);
    bool Modelled = false;
    for (const ResourceSink &Sink : Models.Sinks) {
      if (Sink.Arg >= Args.size() || !sinkMatches(Sink, *Callee))
        continue;
      Modelled = true;
      bool Private = Sink.DatabaseArg >= 0 &&
                     static_cast<unsigned>(Sink.DatabaseArg) < Args.size() &&
                     privateDatabase(Args[Sink.DatabaseArg], *Function.getBody(), T, Models);
      if (!Private && !uniqueAtSink(Sink, Args) && !sentOnlyToMocks(*Call, *Function.getBody()))
        namesAtSink(Sink, Call, Args, T, Models, SessionLocal,
                    [&](const SinkName &Name) { Record(Name.Param, Name); });
    }
    const FunctionDecl *Definition = Callee->getDefinition();
    if (Modelled || !Definition || SM.isInSystemHeader(Definition->getLocation()))
      continue;
    for (unsigned I = 0; I < Args.size() && I < Definition->getNumParams(); ++I) {
      const ParmVarDecl *Param = parameterValue(Args[I], T.Context);
      if (!Param || Param->getDeclContext() != &Function || Reached.count(Param))
        continue;
      analyse(*Definition, Depth + 1);
      if (auto It = Reached.find(Definition->getParamDecl(I)); It != Reached.end())
        Record(Param, It->second);
    }
  }
}

} // namespace clang::tidy::distsys::test_resource_id
