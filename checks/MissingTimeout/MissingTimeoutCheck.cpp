//===--- MissingTimeoutCheck.cpp - distsys-missing-timeout ----------------===//
//
// The check: options, model loading, the matchers of every API family and the dispatch of a
// match to its family's analysis (Handles.cpp, ConnectionStrings.cpp, InfiniteArguments.cpp,
// OptionArguments.cpp, UnboundedOperations.cpp, ExpiringStreams.cpp).
//
//===----------------------------------------------------------------------===//
#include "MissingTimeoutCheck.h"
#include "MissingTimeoutFamilies.h"
#include "MissingTimeoutModels.h"
#include "utils/ModelCache.h"
#include "utils/NoteFixIts.h"
#include "utils/RuleCatalog.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::distsys {
using namespace missing_timeout;
namespace {

/// clang-tidy's spelling of a boolean option. (OptionsView::get<bool> is not usable here: GCC
/// and Clang mangle its enable_if return type differently, so it does not link against Debian's
/// Clang-built libclangTidy.)
bool isTrue(llvm::StringRef Value) { return Value.equals_insensitive("true") || Value == "1"; }

} // namespace

MissingTimeoutCheck::MissingTimeoutCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), ModelFiles(Options.getLocalOrGlobal("ModelFiles", "")),
      FlagLibraryDefaults(isTrue(Options.get("FlagLibraryDefaults", "false"))),
      FlagUnboundedWaits(isTrue(Options.get("FlagUnboundedWaits", "false"))),
      SummaryFile(Options.getLocalOrGlobal("SummaryFile", "")) {
  Models = loadModels<TimeoutModels>(
      RuleId, ModelFiles, getCurrentMainFile(),
      [this](llvm::StringRef Error) { configurationDiag("%0: %1") << RuleId << Error; });
  std::string Error;
  LoadedSummaries = loadSummaryFile(SummaryFile, getCurrentMainFile(), Error);
  if (!Error.empty())
    configurationDiag("%0: %1") << RuleId << Error;
}

MissingTimeoutCheck::~MissingTimeoutCheck() = default;

void MissingTimeoutCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "ModelFiles", ModelFiles);
  Options.store(Opts, "FlagLibraryDefaults", FlagLibraryDefaults ? "true" : "false");
  Options.store(Opts, "FlagUnboundedWaits", FlagUnboundedWaits ? "true" : "false");
  Options.store(Opts, "SummaryFile", SummaryFile);
}

void MissingTimeoutCheck::registerMatchers(MatchFinder *Finder) {
  std::vector<llvm::StringRef> OperationNames, CreatorNames;
  for (const HandleModel &Model : Models->Handles) {
    if (Model.LibraryDefault && !FlagLibraryDefaults)
      continue;
    if (Model.Operations.empty())
      CreatorNames.insert(CreatorNames.end(), Model.Creators.begin(), Model.Creators.end());
    for (const HandleOperation &Op : Model.Operations) {
      if (!Op.Function.empty())
        OperationNames.push_back(Op.Function);
      else
        Finder->addMatcher(
            // matchesName sees "::"-prefixed qualified names, as check() does.
            cxxMemberCallExpr(callee(cxxMethodDecl(ofClass(matchesName(Op.ClassPattern)))),
                              unless(isExpansionInSystemHeader()))
                .bind("operation"),
            this);
    }
  }
  if (!OperationNames.empty())
    Finder->addMatcher(callExpr(callee(functionDecl(hasAnyName(OperationNames))),
                                unless(isExpansionInSystemHeader()))
                           .bind("operation"),
                       this);
  if (!CreatorNames.empty())
    Finder->addMatcher(callExpr(callee(functionDecl(hasAnyName(CreatorNames))),
                                unless(isExpansionInSystemHeader()))
                           .bind("creation"),
                       this);
  // While distlint collects summaries, the main file's functions with parameters are summarised.
  if (activeCollector())
    Finder->addMatcher(
        functionDecl(isDefinition(), isExpansionInMainFile(), hasAnyParameter(anything()))
            .bind("summarised"),
        this);
  registerFamilyMatchers(Finder);
}

void MissingTimeoutCheck::registerFamilyMatchers(MatchFinder *Finder) {
  const auto NotInSystemHeader = unless(isExpansionInSystemHeader());

  std::vector<std::string> Functions, Constructors;
  for (const ConnectionStringModel &M : Models->ConnectionStrings) {
    Functions.insert(Functions.end(), M.Functions.begin(), M.Functions.end());
    Constructors.insert(Constructors.end(), M.ConstructorsOf.begin(), M.ConstructorsOf.end());
  }
  if (!Functions.empty())
    Finder->addMatcher(
        callExpr(callee(functionDecl(hasAnyName(refs(Functions)))), NotInSystemHeader)
            .bind("connstr"),
        this);
  if (!Constructors.empty())
    Finder->addMatcher(cxxConstructExpr(hasDeclaration(cxxConstructorDecl(
                                            ofClass(hasAnyName(refs(Constructors))))),
                                        NotInSystemHeader)
                           .bind("connstr"),
                       this);

  Functions.clear();
  for (const InfiniteArgumentModel &M : Models->InfiniteArguments)
    Functions.insert(Functions.end(), M.Functions.begin(), M.Functions.end());
  if (!Functions.empty())
    Finder->addMatcher(
        callExpr(callee(functionDecl(hasAnyName(refs(Functions)))), NotInSystemHeader)
            .bind("infinite"),
        this);

  std::vector<std::string> Fields;
  for (const InfiniteFieldModel &M : Models->InfiniteFields)
    Fields.insert(Fields.end(), M.Fields.begin(), M.Fields.end());
  if (!Fields.empty())
    Finder->addMatcher(
        binaryOperator(hasOperatorName("="),
                       hasLHS(memberExpr(member(fieldDecl(hasAnyName(refs(Fields)))))),
                       NotInSystemHeader)
            .bind("infiniteField"),
        this);

  Functions.clear();
  for (const OptionArgumentModel &M : Models->OptionArguments)
    Functions.insert(Functions.end(), M.Functions.begin(), M.Functions.end());
  // A call in a template instantiation forwards options its caller chose: judged at that caller.
  if (!Functions.empty())
    Finder->addMatcher(callExpr(callee(functionDecl(hasAnyName(refs(Functions)))),
                                unless(isInTemplateInstantiation()), NotInSystemHeader)
                           .bind("options"),
                       this);

  // Calls of free functions and of methods named by a model, bound as Id.
  auto addCallMatchers = [&](const std::vector<std::string> &FunctionNames,
                             const std::vector<std::string> &MethodNames, llvm::StringRef Id) {
    if (!FunctionNames.empty())
      Finder->addMatcher(callExpr(unless(cxxMemberCallExpr()),
                                  callee(functionDecl(hasAnyName(refs(FunctionNames)))),
                                  NotInSystemHeader)
                             .bind(Id),
                         this);
    if (!MethodNames.empty())
      Finder->addMatcher(
          cxxMemberCallExpr(callee(cxxMethodDecl(hasAnyName(refs(MethodNames)))), NotInSystemHeader)
              .bind(Id),
          this);
  };

  Functions.clear();
  std::vector<std::string> Methods;
  for (const UnboundedOperationModel &M : Models->UnboundedOperations) {
    if (M.OptIn && !FlagUnboundedWaits)
      continue;
    Functions.insert(Functions.end(), M.Functions.begin(), M.Functions.end());
    Methods.insert(Methods.end(), M.Methods.begin(), M.Methods.end());
  }
  addCallMatchers(Functions, Methods, "unbounded");

  Functions.clear();
  Methods.clear();
  for (const ExpiringStreamModel &M : Models->ExpiringStreams) {
    Functions.insert(Functions.end(), M.Functions.begin(), M.Functions.end());
    Methods.insert(Methods.end(), M.Methods.begin(), M.Methods.end());
  }
  addCallMatchers(Functions, Methods, "streamop");
}

void MissingTimeoutCheck::onEndOfTranslationUnit() {
  reportUnconfiguredHandles();
  HandleFates.clear();
  MemberExpiries.clear();
  CreatorTypes.clear();
}

void MissingTimeoutCheck::check(const MatchFinder::MatchResult &Result) {
  const auto &Nodes = Result.Nodes;
  if (const auto *Call = Nodes.getNodeAs<CallExpr>("operation"))
    return checkHandleCall(Result, Call, /*AtCreation=*/false);
  if (const auto *Call = Nodes.getNodeAs<CallExpr>("creation"))
    return checkHandleCall(Result, Call, /*AtCreation=*/true);
  if (const auto *Function = Nodes.getNodeAs<FunctionDecl>("summarised"))
    return summariseParameters(*Function, *Result.Context);
  if (const auto *Call = Nodes.getNodeAs<Expr>("connstr"))
    return checkConnectionString(Result, Call);
  if (const auto *Call = Nodes.getNodeAs<CallExpr>("infinite"))
    return checkInfiniteArgument(Result, Call);
  if (const auto *Assignment = Nodes.getNodeAs<BinaryOperator>("infiniteField"))
    return checkInfiniteField(Result, Assignment);
  if (const auto *Call = Nodes.getNodeAs<CallExpr>("options"))
    return checkOptionArguments(Result, Call);
  if (const auto *Call = Nodes.getNodeAs<CallExpr>("unbounded"))
    return checkUnboundedOperation(Result, Call);
  if (const auto *Call = Nodes.getNodeAs<CallExpr>("streamop"))
    return checkStreamOperation(Result, Call);
}

void MissingTimeoutCheck::suggestOnNote(SourceLocation At, const std::string &Note,
                                        const FixItHint &Fix) {
  if (noteFixItsAllowed()) {
    diag(At, "%0", DiagnosticIDs::Note) << Note << Fix;
    return;
  }
  llvm::StringRef Code = llvm::StringRef(Fix.CodeToInsert).trim().ltrim(", ");
  diag(At, "%0: '%1'", DiagnosticIDs::Note) << Note << Code;
}

} // namespace clang::tidy::distsys
