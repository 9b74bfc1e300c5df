//===--- HardcodedTestResourceIdCheck.cpp - distsys-hardcoded-test-resource-id ---===//
//
// The check: options, model loading, the matchers (test methods per framework, registrations,
// calls, member uses), collecting candidates while matching, and at the end of the translation
// unit the diagnostics for the fixed names that calls made in tests pass to resource arguments.
//
//===----------------------------------------------------------------------===//
#include "HardcodedTestResourceIdCheck.h"
#include "HardcodedTestResourceIdAnalysis.h"
#include "HardcodedTestResourceIdModels.h"
#include "utils/ApiNames.h"
#include "utils/Calls.h"
#include "utils/ModelCache.h"
#include "utils/ModelJson.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include <set>

using namespace clang::ast_matchers;

namespace clang::tidy::distsys {
using namespace test_resource_id;
namespace {

constexpr llvm::StringLiteral RuleId = "distsys-hardcoded-test-resource-id";

bool isDefaultArg(const Expr *E) { return isa<CXXDefaultArgExpr>(E); }

/// The function a resource operation calls; overloaded operators are no resource operations.
const FunctionDecl *operationCallee(const Expr *Call) {
  return isa<CXXOperatorCallExpr>(Call) ? nullptr : calleeOf(Call);
}

/// The words of an identifier, lower-cased: `getLastInsertId` and `get_last_insert_id` are both
/// get, last, insert, id.
llvm::SmallVector<std::string, 4> wordsOf(llvm::StringRef Name) {
  llvm::SmallVector<std::string, 4> Words;
  std::string Word;
  for (size_t I = 0; I < Name.size(); ++I) {
    char C = Name[I];
    bool Boundary = C == '_' || (llvm::isUpper(C) && I > 0 && !llvm::isUpper(Name[I - 1]));
    if (Boundary && !Word.empty()) {
      Words.push_back(Word);
      Word.clear();
    }
    if (C != '_')
      Word += llvm::toLower(C);
  }
  if (!Word.empty())
    Words.push_back(std::move(Word));
  return Words;
}

/// Whether \p Function's name says it only reads (see ReadOnlyFirstWords). Constructors and
/// operators have no such name.
bool onlyReads(const FunctionDecl &Function, const TestResourceModels &Models) {
  if (!Function.getDeclName().isIdentifier() || isa<CXXConstructorDecl>(Function))
    return false;
  auto Words = wordsOf(Function.getName());
  return !Words.empty() && (llvm::is_contained(Models.ReadOnlyFirstWords, Words.front()) ||
                            llvm::is_contained(Models.ReadOnlyLastWords, Words.back()));
}

} // namespace

HardcodedTestResourceIdCheck::HardcodedTestResourceIdCheck(StringRef Name,
                                                           ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      ExtraIdentifierParameters(Options.get("ExtraIdentifierParameters", "")),
      ModelFiles(Options.getLocalOrGlobal("ModelFiles", "")) {
  Models = loadModels<TestResourceModels>(
      RuleId, ModelFiles, getCurrentMainFile(),
      [this](llvm::StringRef Error) { configurationDiag("%0: %1") << RuleId << Error; });
  llvm::SmallVector<llvm::StringRef, 4> Patterns;
  llvm::StringRef(ExtraIdentifierParameters).split(Patterns, ';', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Pattern : Patterns) {
    if (auto Problem = regexProblem(Pattern.trim())) {
      configurationDiag("%0: ExtraIdentifierParameters: '%1' is not a valid regex: %2")
          << RuleId << Pattern << *Problem;
      continue;
    }
    ExtraParameterPatterns.push_back(
        std::make_shared<llvm::Regex>(Pattern.trim(), llvm::Regex::IgnoreCase));
  }
}

HardcodedTestResourceIdCheck::~HardcodedTestResourceIdCheck() = default;

void HardcodedTestResourceIdCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "ExtraIdentifierParameters", ExtraIdentifierParameters);
  Options.store(Opts, "ModelFiles", ModelFiles);
}

void HardcodedTestResourceIdCheck::registerMatchers(MatchFinder *Finder) {
  for (const TestMethodModel &Model : Models->TestMethods) {
    std::vector<llvm::StringRef> Bases(Model.Bases.begin(), Model.Bases.end());
    std::vector<llvm::StringRef> Methods(Model.Methods.begin(), Model.Methods.end());
    auto Special = Model.Constructors
                       ? cxxMethodDecl(anyOf(cxxConstructorDecl(), cxxDestructorDecl()))
                       : cxxMethodDecl(unless(anything()));
    Finder->addMatcher(cxxMethodDecl(isDefinition(), unless(isExpansionInSystemHeader()),
                                     ofClass(cxxRecordDecl(isDerivedFrom(hasAnyName(Bases)))),
                                     anyOf(hasAnyName(Methods), Special))
                           .bind("testMethod"),
                       this);
  }
  std::vector<llvm::StringRef> Registrars, RegistrarClasses;
  for (const TestRegistrationModel &Model : Models->Registrations)
    (Model.Function.empty() ? RegistrarClasses : Registrars)
        .push_back(Model.Function.empty() ? Model.ConstructorOf : Model.Function);
  if (!Registrars.empty())
    Finder->addMatcher(
        callExpr(callee(functionDecl(hasAnyName(Registrars))), unless(isExpansionInSystemHeader()))
            .bind("registration"),
        this);
  if (!RegistrarClasses.empty())
    Finder->addMatcher(
        cxxConstructExpr(hasDeclaration(cxxConstructorDecl(ofClass(hasAnyName(RegistrarClasses)))),
                         unless(isExpansionInSystemHeader()))
            .bind("registration"),
        this);

  Finder->addMatcher(
      callExpr(unless(cxxOperatorCallExpr()), unless(isExpansionInSystemHeader())).bind("call"),
      this);
  Finder->addMatcher(cxxConstructExpr(unless(isExpansionInSystemHeader())).bind("call"), this);
  Finder->addMatcher(
      memberExpr(member(fieldDecl()), unless(isExpansionInSystemHeader())).bind("fieldUse"), this);
}

void HardcodedTestResourceIdCheck::check(const MatchFinder::MatchResult &Result) {
  Context = Result.Context;
  if (const auto *Method = Result.Nodes.getNodeAs<CXXMethodDecl>("testMethod")) {
    TestBodies.insert(Method->getCanonicalDecl());
    return;
  }
  if (const auto *Registration = Result.Nodes.getNodeAs<Expr>("registration")) {
    const FunctionDecl *Registrar = operationCallee(Registration);
    if (!Registrar)
      return;
    for (const TestRegistrationModel &Model : Models->Registrations) {
      bool Matches = Model.Function.empty()
                         ? isa<CXXConstructorDecl>(Registrar) &&
                               nameMatches(*cast<CXXConstructorDecl>(Registrar)->getParent(),
                                           Model.ConstructorOf)
                         : nameMatches(*Registrar, Model.Function);
      if (Matches)
        collectRegisteredBody(Registration, Model.Arg, Model.CalledMethods);
    }
    return;
  }
  if (const auto *Use = Result.Nodes.getNodeAs<MemberExpr>("fieldUse")) {
    if (writesMember(*Use, *Context))
      WrittenFields.insert(cast<FieldDecl>(Use->getMemberDecl()));
    return;
  }
  const auto *Call = Result.Nodes.getNodeAs<Expr>("call");
  if (!Call || !operationCallee(Call))
    return;
  if (const FunctionDecl *Enclosing = enclosingFunction(*Call, *Context))
    Candidates.push_back({Call, Enclosing});
}

void HardcodedTestResourceIdCheck::onEndOfTranslationUnit() {
  if (!Context) {
    Candidates.clear();
    TestBodies.clear();
    WrittenFields.clear();
    return;
  }
  ASTContext &Ctx = *Context;
  const Tracing T{Ctx, WrittenFields};
  const SourceManager &SM = Ctx.getSourceManager();
  auto IsTestBody = [&](const FunctionDecl *F) {
    return TestBodies.contains(F->getCanonicalDecl());
  };

  // Helpers the test file defines and its test bodies call run as part of the tests too.
  llvm::DenseSet<const Decl *> Helpers;
  for (const Candidate &C : Candidates) {
    if (!IsTestBody(C.Enclosing))
      continue;
    const FunctionDecl *Callee = operationCallee(C.Call);
    const FunctionDecl *Definition = Callee ? Callee->getDefinition() : nullptr;
    if (Definition && SM.isInMainFile(SM.getExpansionLoc(Definition->getLocation())))
      Helpers.insert(Definition->getCanonicalDecl());
  }
  auto InTest = [&](const FunctionDecl *F) {
    return IsTestBody(F) || Helpers.contains(F->getCanonicalDecl());
  };

  // Names of session-private SQL tables (CREATE TEMP TABLE): no other test sees them.
  std::set<std::string> SessionLocal;
  for (const Candidate &C : Candidates) {
    const FunctionDecl *Callee = operationCallee(C.Call);
    for (const ResourceSink &Sink : Models->Sinks) {
      llvm::ArrayRef<const Expr *> Args = callArguments(C.Call);
      if (Sink.Format != ArgFormat::Sql || Sink.Arg >= Args.size() || !sinkMatches(Sink, *Callee))
        continue;
      std::vector<SqlPiece> Pieces;
      sqlPieces(Args[Sink.Arg], T, Pieces);
      forEachSqlName(Pieces, Models->SqlSessionLocal,
                     [&](const SqlPiece &, unsigned, const std::string &, const std::string &Name) {
                       SessionLocal.insert(llvm::StringRef(Name).lower());
                     });
    }
  }

  std::set<std::pair<unsigned, std::string>> Reported;
  auto Report = [&](const FixedName &Found) {
    SourceLocation Loc = Found.Literal->getBeginLoc();
    if (Found.Offset > 0)
      Loc = Found.Literal->getLocationOfByte(Found.Offset, SM, Ctx.getLangOpts(),
                                             Ctx.getTargetInfo());
    Loc = SM.getFileLoc(Loc);
    SourceLocation Key = SM.getFileLoc(Found.Literal->getBeginLoc());
    if (Loc.isInvalid() || SM.isInSystemHeader(Loc) ||
        !Reported.insert({Key.getRawEncoding(), Found.Name}).second)
      return;
    diag(Loc, "%0 \"%1\" is fixed; tests running in parallel will collide \u2014 %2")
        << Found.Kind << Found.Name
        << (Found.Advice.empty() ? Models->DefaultAdvice : Found.Advice);
    if (Found.Via && Found.Use)
      diag(SM.getFileLoc(Found.Use->getBeginLoc()), "'%0' is used as the %1 here",
           DiagnosticIDs::Note)
          << Found.Via->getName() << Found.Kind;
  };

  for (const Candidate &C : Candidates) {
    if (!InTest(C.Enclosing))
      continue;
    const FunctionDecl *Callee = operationCallee(C.Call);
    llvm::ArrayRef<const Expr *> Args = callArguments(C.Call);
    bool Modelled = false;
    for (const ResourceSink &Sink : Models->Sinks) {
      if (Sink.Arg >= Args.size() || !sinkMatches(Sink, *Callee))
        continue;
      Modelled = true;
      if (Sink.UniqueWhenArg >= 0 && static_cast<unsigned>(Sink.UniqueWhenArg) < Args.size() &&
          namesOneOf(Args[Sink.UniqueWhenArg], Sink.UniqueWhenValues))
        continue;
      namesAtSink(Sink, Args, T, *Models, SessionLocal, Report);
    }
    if (Modelled || SM.isInSystemHeader(Callee->getLocation()) || onlyReads(*Callee, *Models))
      continue;
    // A project function whose parameter's name says it takes a resource identifier.
    for (unsigned I = 0; I < Callee->getNumParams() && I < Args.size(); ++I) {
      const ParmVarDecl *Param = Callee->getParamDecl(I);
      if (!Param->getDeclName().isIdentifier() || Param->getName().empty())
        continue;
      llvm::StringRef ParamName = Param->getName();
      bool IsIdentifier =
          (Models->IdentifierParameters && Models->IdentifierParameters->match(ParamName)) ||
          llvm::any_of(ExtraParameterPatterns,
                       [&](const auto &Pattern) { return Pattern->match(ParamName); });
      if (!IsIdentifier || isDefaultArg(Args[I]))
        continue;
      const ValueDecl *Via = nullptr;
      const StringLiteral *Literal = fixedLiteral(Args[I], T, Via);
      if (Literal && Literal->getLength() > 0)
        Report({Literal, 0, Literal->getString().str(), Via, ParamName.str(), "", Args[I]});
    }
  }
  Candidates.clear();
  TestBodies.clear();
  WrittenFields.clear();
  Context = nullptr;
}

} // namespace clang::tidy::distsys
