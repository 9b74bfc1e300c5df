//===--- UnpropagatedTraceContextCheck.cpp - distsys-unpropagated-trace-context -===//
//
// At the end of a translation unit: find the request handlers (by signature, annotation or name),
// the outgoing calls in every function, and who calls whom. An outgoing call counts when it is in
// a handler, in a lambda inside one, or in a helper a handler reaches without handing it any
// context. It is reported when nothing that carries trace context (a propagation call, a
// 'traceparent' header, a TextMapCarrier wrapping it) touches the objects that carry its headers.
// Anything that cannot be followed (a carrier passed in from outside, handed to an opaque
// function) counts as propagated: precision first. The analysis is in TraceAnalysis.h.
//
//===----------------------------------------------------------------------===//
#include "UnpropagatedTraceContextCheck.h"
#include "TraceAnalysis.h"
#include "UnpropagatedTraceContextModels.h"
#include "utils/MessageTemplates.h"
#include "utils/ModelCache.h"
#include "utils/ModelJson.h"
#include "utils/Summaries.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang::ast_matchers;

namespace clang::tidy::distsys {
namespace trace_context {

void Analysis::report(ClangTidyCheck &Check, const OutgoingSite &Site, const Reach &R,
                      llvm::DenseSet<SourceLocation> &Reported) const {
  SourceLocation Loc = Site.Call->getExprLoc();
  if (Loc.isInvalid() || !Reported.insert(Loc).second)
    return;
  const FunctionDecl *Handler = R.Handler->getDefinition() ? R.Handler->getDefinition() : R.Handler;
  std::string Name = handlerName(Handler);
  std::string Message = substitute(Site.Model->Message, "{handler}", Name);
  Message = substitute(Message, "{call}", displayName(*Site.Call->getDirectCallee(), SM));
  Check.diag(Loc, "%0") << Message;
  if (R.LostAt) {
    const FunctionDecl *Helper = R.LostAt->getDirectCallee();
    Check.diag(R.LostAt->getExprLoc(),
               "'%0' calls '%1' here without passing the request's trace context",
               DiagnosticIDs::Note)
        << Name << (Helper ? displayName(*Helper, SM) : std::string("helper"));
  }
  noteHandler(Check, Handler);
}

void Analysis::noteHandler(ClangTidyCheck &Check, const FunctionDecl *Handler) const {
  const ParmVarDecl *Param = nullptr;
  isHandler(Handler, Param);
  if (Param && Param->getLocation().isValid())
    Check.diag(Param->getLocation(), "the incoming request's trace context arrives here",
               DiagnosticIDs::Note);
  else
    Check.diag(Handler->getLocation(), "'%0' handles an incoming request", DiagnosticIDs::Note)
        << handlerName(Handler);
}

} // namespace trace_context

namespace {
constexpr llvm::StringLiteral RuleId = "distsys-unpropagated-trace-context";
} // namespace

using trace_context::Analysis;
using trace_context::OutgoingSite;
using trace_context::Reach;

UnpropagatedTraceContextCheck::UnpropagatedTraceContextCheck(StringRef Name,
                                                             ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), ModelFiles(Options.getLocalOrGlobal("ModelFiles", "")),
      HandlerNamePattern(Options.get("HandlerNamePattern", "")),
      PropagationFunctions(Options.get("PropagationFunctions", "")),
      SummaryFile(Options.getLocalOrGlobal("SummaryFile", "")) {
  Models = loadModels<TraceModels>(
      RuleId, ModelFiles, getCurrentMainFile(),
      [this](llvm::StringRef Error) { configurationDiag("%0: %1") << RuleId << Error; });
  std::string Error;
  LoadedSummaries = loadSummaryFile(SummaryFile, getCurrentMainFile(), Error);
  if (!Error.empty())
    configurationDiag("%0: %1") << RuleId << Error;
  if (!HandlerNamePattern.empty()) {
    if (auto Problem = regexProblem(HandlerNamePattern))
      configurationDiag("%0: HandlerNamePattern is not a valid regex: %1") << RuleId << *Problem;
    else
      HandlerName.emplace(HandlerNamePattern);
  }
  llvm::SmallVector<llvm::StringRef, 4> Names;
  llvm::StringRef(PropagationFunctions).split(Names, ';', -1, false);
  for (llvm::StringRef N : Names)
    if (!N.trim().empty())
      ExtraPropagators.push_back(N.trim().str());
}

UnpropagatedTraceContextCheck::~UnpropagatedTraceContextCheck() = default;

void UnpropagatedTraceContextCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "ModelFiles", ModelFiles);
  Options.store(Opts, "HandlerNamePattern", HandlerNamePattern);
  Options.store(Opts, "PropagationFunctions", PropagationFunctions);
  Options.store(Opts, "SummaryFile", SummaryFile);
}

void UnpropagatedTraceContextCheck::registerMatchers(MatchFinder *Finder) {
  // Every function definition of the main file; lambdas are indexed inside their enclosing one.
  Finder->addMatcher(functionDecl(isDefinition(), unless(isExpansionInSystemHeader()),
                                  unless(cxxMethodDecl(ofClass(cxxRecordDecl(isLambda())))))
                         .bind("function"),
                     this);
}

void UnpropagatedTraceContextCheck::check(const MatchFinder::MatchResult &Result) {
  AST = Result.Context;
  const auto *F = Result.Nodes.getNodeAs<FunctionDecl>("function");
  if (F && F->hasBody() && !F->isDependentContext() && !F->isTemplateInstantiation())
    Functions.push_back(F);
}

void UnpropagatedTraceContextCheck::onEndOfTranslationUnit() {
  if (AST && Models && !Models->OutgoingCalls.empty()) {
    Analysis A(*AST, *Models, HandlerName, ExtraPropagators);
    for (const FunctionDecl *F : Functions)
      A.index(F);
    llvm::DenseSet<SourceLocation> Reported;
    for (const OutgoingSite &Site : A.Outgoing) {
      llvm::SmallPtrSet<const FunctionDecl *, 8> Seen;
      std::optional<Reach> R = A.reach(Site.Function, 0, Seen);
      if (!R)
        continue;
      if (!A.propagates(Site))
        A.report(*this, Site, *R, Reported);
      else
        A.checkThread(*this, Site, *R, Reported);
    }
    A.checkHelpersElsewhere(*this, LoadedSummaries.get(), Reported);
    if (SummaryCollector *Collector = activeCollector())
      A.summarise(Collector->Produced);
    const ParmVarDecl *Param = nullptr;
    for (const FunctionDecl *F : Functions)
      if (A.isHandler(F, Param))
        A.checkSpans(*this, F, F->getBody(), Reported);
    std::vector<std::pair<const FunctionDecl *, const LambdaExpr *>> Lambdas(A.LambdaOf.begin(),
                                                                             A.LambdaOf.end());
    llvm::sort(Lambdas, [&](const auto &L, const auto &R) {
      return AST->getSourceManager().isBeforeInTranslationUnit(L.second->getBeginLoc(),
                                                               R.second->getBeginLoc());
    });
    for (const auto &[Op, Lambda] : Lambdas)
      if (A.isHandler(Op, Param))
        A.checkSpans(*this, Op, Lambda->getBody(), Reported);
  }
  Functions.clear();
  AST = nullptr;
}

} // namespace clang::tidy::distsys
