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

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include <algorithm>
#include <optional>

using namespace clang::ast_matchers;

namespace clang::tidy::distsys {

using check_then_create::Analysis;
using check_then_create::branchDoesMore;
using check_then_create::Guard;
using check_then_create::guardsOf;
using check_then_create::Operation;

namespace {

constexpr llvm::StringLiteral RuleId = "distsys-check-then-create";

// Pre-order, so that Calls are in source order; with a work list, since an expression can be
// tens of thousands of levels deep (a + a + ... with std::string).
void indexBody(const Stmt *Body, CheckThenCreateCheck::BodyIndex &Index) {
  llvm::SmallVector<const Stmt *, 64> Work{Body};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (!S)
      continue;
    if (isa<CallExpr, CXXConstructExpr>(S))
      Index.Calls.push_back(cast<Expr>(S));
    if (const auto *Binary = dyn_cast<BinaryOperator>(S); Binary && Binary->isAssignmentOp())
      Index.Assignments.push_back(Binary);
    size_t First = Work.size();
    Work.append(S->child_begin(), S->child_end());
    std::reverse(Work.begin() + First, Work.end());
  }
}

} // namespace

CheckThenCreateCheck::CheckThenCreateCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), ModelFiles(Options.getLocalOrGlobal("ModelFiles", "")) {
  Models = loadModels<CheckThenCreateModels>(
      RuleId, ModelFiles, getCurrentMainFile(),
      [this](llvm::StringRef Error) { configurationDiag("%0: %1") << RuleId << Error; });
}

CheckThenCreateCheck::~CheckThenCreateCheck() = default;

void CheckThenCreateCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "ModelFiles", ModelFiles);
}

void CheckThenCreateCheck::registerMatchers(MatchFinder *Finder) {
  std::vector<llvm::StringRef> Functions, Classes;
  for (const ResourceFamily &F : Models->Families) {
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
  if (!Classes.empty())
    Finder->addMatcher(
        cxxConstructExpr(hasDeclaration(cxxConstructorDecl(ofClass(hasAnyName(Classes)))), Outside)
            .bind("create"),
        this);
}

void CheckThenCreateCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Context = *Result.Context;
  const auto *Call = Result.Nodes.getNodeAs<Expr>("create");
  if (!Call || Call->getBeginLoc().isInvalid() ||
      Result.SourceManager->isInSystemHeader(
          Result.SourceManager->getSpellingLoc(Call->getExprLoc())))
    return; // also a system macro expanded in user code: its author must fix it, not the user
  const Stmt *Body = enclosingFunctionBody(*Call, Context);
  if (!Body)
    return;
  auto IndexFor = [this](const Stmt *S) -> const BodyIndex & {
    std::unique_ptr<BodyIndex> &Entry = Bodies[S];
    if (!Entry) {
      Entry = std::make_unique<BodyIndex>();
      indexBody(S, *Entry);
    }
    return *Entry;
  };
  Analysis A(*Models, Context, IndexFor(Body), IndexFor);
  std::optional<Operation> Create = A.classify(Call, /*WantCreate=*/true);
  if (!Create || Create->Atomic || !Create->Key)
    return;
  const ResourceFamily &F = Models->Families[Create->FamilyIndex];
  if (A.handlesExists(F, Call, Body) || A.inTransaction(F, Call))
    return;

  auto SameResource = [&](const Operation &Check) {
    return Check.FamilyIndex == Create->FamilyIndex && Check.Key == Create->Key &&
           Check.Call != Call && A.isBefore(Check.Call->getBeginLoc(), Call->getBeginLoc());
  };
  // Checks whose value the create writes back (GET then SET of a value computed from it).
  std::vector<Operation> ValueSources;
  if (Create->ReadModifyWrite) {
    llvm::SmallPtrSet<const VarDecl *, 8> Seen;
    for (const Expr *Value : Create->ValueArgs)
      A.collectChecks(Value, Call->getBeginLoc(), /*Depth=*/4, Seen, ValueSources);
    llvm::erase_if(ValueSources, [&](const Operation &Check) { return !SameResource(Check); });
  }
  auto FeedsValue = [&](const Operation &Check) {
    return llvm::any_of(ValueSources,
                        [&](const Operation &Source) { return Source.Call == Check.Call; });
  };

  std::optional<Operation> Found;
  bool ReadModifyWrite = false;
  for (const Guard &G : guardsOf(Call, Context)) {
    if (Create->OwnershipOnly && !branchDoesMore(G, Call, Context))
      continue;
    std::vector<Operation> Checks;
    llvm::SmallPtrSet<const VarDecl *, 8> Seen;
    A.collectChecks(G.Condition, Call->getBeginLoc(), /*Depth=*/4, Seen, Checks);
    for (Operation &Check : Checks)
      if (SameResource(Check) && (!Check.ReadsValue || FeedsValue(Check)) &&
          (!Found || A.isBefore(Found->Call->getBeginLoc(), Check.Call->getBeginLoc())))
        Found = std::move(Check);
    if (Found)
      break;
  }
  if (!Found && !ValueSources.empty()) {
    Found = ValueSources.front();
    ReadModifyWrite = true;
  }
  if (!Found)
    return;

  const SourceManager &SM = *Result.SourceManager;
  SourceLocation CheckLoc = Found->Call->getExprLoc();
  unsigned Line = SM.getExpansionLineNumber(CheckLoc);
  auto Fill = [&](std::string Text) {
    Text = substitute(std::move(Text), "{create}", Create->Name);
    Text = substitute(std::move(Text), "{check}", Found->Name);
    Text = substitute(std::move(Text), "{resource}", Create->Resource);
    Text = substitute(std::move(Text), "{line}", std::to_string(Line));
    return substitute(std::move(Text), "{safe}", Create->Safe);
  };
  const std::string &Template = ReadModifyWrite && !Models->ReadModifyWriteMessage.empty()
                                    ? Models->ReadModifyWriteMessage
                                    : Models->Message;
  {
    auto Diag = diag(Call->getExprLoc(), "%0") << Fill(Template);
    if (Create->Fix && !ReadModifyWrite)
      Diag << *Create->Fix;
  }
  const std::string &Note =
      Models->CheckNote.empty() ? "'{check}' checks the {resource} here" : Models->CheckNote;
  diag(CheckLoc, "%0", DiagnosticIDs::Note) << Fill(Note);
  if (Found->InnerCheck) {
    Found->Name = Found->InnerName;
    diag(Found->InnerCheck->getExprLoc(), "%0", DiagnosticIDs::Note) << Fill(Note);
  }
}

} // namespace clang::tidy::distsys
