//===--- CheckThenCreateCheck.cpp - distsys-check-then-create -------------===//
//
// For each create of a modelled resource that is not atomic-if-absent, collect the conditions
// that guard it (enclosing if/?:/while/&&/|| conditions and earlier early-return ifs), follow each
// condition back to the calls it depends on (directly, through local variables' initialisers and
// assignments, and through out-parameters) and report when one of them checks the same resource.
// This file: options, matchers and diagnostics; the analysis: CheckThenCreateAnalysis.h.
//
//===----------------------------------------------------------------------===//
#include "CheckThenCreateCheck.h"
#include "CheckThenCreateAnalysis.h"
#include "CheckThenCreateModels.h"
#include "utils/HandleTracking.h"
#include "utils/MessageTemplates.h"
#include "utils/ModelCache.h"
#include "utils/Summaries.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include <algorithm>
#include <optional>

using namespace clang::ast_matchers;

namespace clang::tidy::distsys {

using check_then_create::Analysis;
using check_then_create::Operation;

namespace {
constexpr llvm::StringLiteral RuleId = "distsys-check-then-create";
} // namespace

CheckThenCreateCheck::CheckThenCreateCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), ModelFiles(Options.getLocalOrGlobal("ModelFiles", "")),
      SummaryFile(Options.getLocalOrGlobal("SummaryFile", "")),
      State(std::make_unique<check_then_create::TranslationUnitState>()) {
  Models = loadModels<CheckThenCreateModels>(
      RuleId, ModelFiles, getCurrentMainFile(),
      [this](llvm::StringRef Error) { configurationDiag("%0: %1") << RuleId << Error; });
  std::string Error;
  State->Loaded = loadSummaryFile(SummaryFile, getCurrentMainFile(), Error);
  if (!Error.empty())
    configurationDiag("%0: %1") << RuleId << Error;
}

CheckThenCreateCheck::~CheckThenCreateCheck() = default;

void CheckThenCreateCheck::onEndOfTranslationUnit() {
  auto Loaded = std::move(State->Loaded);
  State = std::make_unique<check_then_create::TranslationUnitState>();
  State->Loaded = std::move(Loaded);
}

void CheckThenCreateCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "ModelFiles", ModelFiles);
  Options.store(Opts, "SummaryFile", SummaryFile);
}

void CheckThenCreateCheck::registerMatchers(MatchFinder *Finder) {
  std::vector<llvm::StringRef> Functions, Classes;
  std::string ConventionCreates; // a regex over qualified names, narrowed by classify()
  for (const ResourceFamily &F : Models->Families) {
    if (F.FamilyKind == ResourceFamily::Kind::Convention) {
      const NamingConvention &C = F.Convention;
      ConventionCreates += (ConventionCreates.empty() ? "" : "|") + ("^::" + C.ClientNamespace) +
                           "::[A-Za-z0-9_]+::[A-Za-z0-9_]+" + C.ClientSuffix + "::(" +
                           llvm::join(C.CreateVerbs, "|") + ")[A-Z]";
    }
    for (const ResourceCall &C : F.Creates) {
      if (!C.Constructor.empty())
        Classes.push_back(C.Constructor);
      else
        Functions.push_back(C.Function.empty() ? llvm::StringRef(C.Method) : C.Function);
    }
    for (const CommandFunction &Fn : F.CommandFunctions)
      Functions.push_back(Fn.Function.empty() ? llvm::StringRef(Fn.Method) : Fn.Function);
  }
  // The callee test comes first: isInTemplateInstantiation() walks every ancestor, and the
  // matcher cache that would bound that walk is cleared past 10,000 entries, so evaluated for
  // every call of a deep expression (a + a + ... with std::string) it is quadratic.
  auto Outside = allOf(unless(isExpansionInSystemHeader()), unless(isInTemplateInstantiation()));
  if (!Functions.empty())
    Finder->addMatcher(
        callExpr(callee(functionDecl(hasAnyName(Functions))), Outside).bind("create"), this);
  if (!ConventionCreates.empty())
    Finder->addMatcher(
        cxxMemberCallExpr(callee(cxxMethodDecl(matchesName(ConventionCreates))), Outside)
            .bind("create"),
        this);
  if (!Classes.empty())
    Finder->addMatcher(
        cxxConstructExpr(hasDeclaration(cxxConstructorDecl(ofClass(hasAnyName(Classes)))), Outside)
            .bind("create"),
        this);
  // Function bodies: their calls to project functions that may create a resource their
  // arguments name (scanned per body, which needs no parent map of the whole translation unit),
  // and, while distlint collects summaries, what the main file's functions check and create.
  Finder->addMatcher(functionDecl(isDefinition(), unless(isExpansionInSystemHeader()),
                                  unless(ast_matchers::isTemplateInstantiation()),
                                  unless(cxxMethodDecl(ofClass(cxxRecordDecl(isLambda())))))
                         .bind("function"),
                     this);
}

void CheckThenCreateCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Context = *Result.Context;
  const SourceManager &SM = *Result.SourceManager;
  if (const auto *Function = Result.Nodes.getNodeAs<FunctionDecl>("function")) {
    if (!Function->getBody() || Function->isDependentContext())
      return;
    Analysis A(*Models, Context, Function->getBody(), *State);
    checkWrapperCalls(A);
    SummaryCollector *Collector = activeCollector();
    if (Collector && Function->isExternallyVisible() && Function->getNumParams() > 0 &&
        SM.isInMainFile(SM.getExpansionLoc(Function->getLocation())))
      A.summarise(*Function, Collector->Produced);
    return;
  }
  const auto *Call = Result.Nodes.getNodeAs<Expr>("create");
  if (!Call || Call->getBeginLoc().isInvalid() ||
      SM.isInSystemHeader(SM.getSpellingLoc(Call->getExprLoc())))
    return; // also a system macro expanded in user code: its author must fix it, not the user
  const Stmt *Body = enclosingFunctionBody(*Call, Context);
  if (!Body)
    return;
  Analysis A(*Models, Context, Body, *State);
  if (std::optional<Operation> Op = A.classify(Call, /*WantCreate=*/true))
    checkCreate(A, *Op);
}

void CheckThenCreateCheck::checkWrapperCalls(const Analysis &A) {
  const SourceManager &SM = A.sourceManager();
  for (const Expr *E : A.calls()) {
    const auto *Call = dyn_cast<CallExpr>(E);
    if (!Call || isa<CXXOperatorCallExpr>(Call) || Call->getNumArgs() == 0 ||
        !A.mayWrapCreates(*Call))
      continue;
    // The cheap tests first; a modelled call is read as what it is, not through its body.
    if (Call->getBeginLoc().isInvalid() ||
        SM.isInSystemHeader(SM.getSpellingLoc(Call->getExprLoc())) || A.guardsOf(Call).empty())
      continue;
    std::vector<Operation> Creates = A.wrapperCreates(*Call);
    if (Creates.empty() || A.classify(Call, /*WantCreate=*/true) ||
        A.classify(Call, /*WantCreate=*/false))
      continue;
    for (const Operation &Op : Creates)
      checkCreate(A, Op);
  }
}

void CheckThenCreateCheck::checkCreate(const Analysis &A, const Operation &Create) {
  if (!A.mayRace(Create))
    return;
  bool ReadModifyWrite = false;
  std::optional<Operation> Found = A.guardingCheck(Create, ReadModifyWrite);
  if (!Found)
    return;

  SourceLocation CheckLoc = Found->Call->getExprLoc();
  unsigned Line = A.sourceManager().getExpansionLineNumber(CheckLoc);
  // {safe} first: a wrapper's advice names the wrapper and the resource.
  auto Fill = [&](std::string Text, llvm::StringRef CreateName, llvm::StringRef CheckName) {
    Text = substitute(std::move(Text), "{safe}", Create.Safe);
    Text = substitute(std::move(Text), "{create}", CreateName);
    Text = substitute(std::move(Text), "{check}", CheckName);
    Text = substitute(std::move(Text), "{resource}", Create.Resource);
    return substitute(std::move(Text), "{line}", std::to_string(Line));
  };
  const std::string &Template = ReadModifyWrite && !Models->ReadModifyWriteMessage.empty()
                                    ? Models->ReadModifyWriteMessage
                                    : Models->Message;
  // Wrappers defined elsewhere decide, once their summaries are known.
  std::vector<Premise> Condition = Create.Premises;
  llvm::append_range(Condition, Found->Premises);
  ConditionalFinding Conditional(std::move(Condition));
  {
    auto Diag = diag(Create.Call->getExprLoc(), "%0") << Fill(Template, Create.Name, Found->Name);
    if (Create.Fix && !ReadModifyWrite)
      Diag << *Create.Fix;
  }
  diag(CheckLoc, "%0", DiagnosticIDs::Note) << Fill(Models->CheckNote, Create.Name, Found->Name);
  if (Found->InnerCheck)
    diag(Found->InnerCheck->getExprLoc(), "%0", DiagnosticIDs::Note)
        << Fill(Models->CheckNote, Create.Name, Found->InnerName);
  if (Create.InnerCreate)
    diag(Create.InnerCreate->getExprLoc(), "%0", DiagnosticIDs::Note)
        << Fill(Models->CreateNote, Create.InnerCreateName, Found->Name);
}

} // namespace clang::tidy::distsys
