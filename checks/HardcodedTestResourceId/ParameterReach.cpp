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

#include "clang/Basic/SourceManager.h"

namespace clang::tidy::distsys::test_resource_id {
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
  auto Record = [&](const ParmVarDecl *Param, const SinkName &Name) {
    if (Param && Param->getDeclContext() == &Function)
      Reached.try_emplace(Param, Name);
  };
  for (const Expr *Call : callsIn(Function.getBody())) {
    // Overloaded operators are no resource operations.
    const FunctionDecl *Callee = isa<CXXOperatorCallExpr>(Call) ? nullptr : calleeOf(Call);
    if (!Callee || expectedToFail(*Call, T.Context, Models))
      continue;
    llvm::ArrayRef<const Expr *> Args = callArguments(Call);
    bool Modelled = false;
    for (const ResourceSink &Sink : Models.Sinks) {
      if (Sink.Arg >= Args.size() || !sinkMatches(Sink, *Callee))
        continue;
      Modelled = true;
      if (sinkApplies(Sink, *Call, Args, Function.getBody(), T, Models))
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
