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
#include "utils/Summaries.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include <optional>
#include <set>

using namespace clang::ast_matchers;

namespace clang::tidy::distsys {
using namespace test_resource_id;
namespace {

constexpr llvm::StringLiteral RuleId = "distsys-hardcoded-test-resource-id";
// Summaries: which parameters of a function hand a name on to a resource operation ("creates"),
// and which SQL tables some file creates as temporary tables (keyed by lower-case name).
constexpr llvm::StringLiteral NamesTopic = "distsys-hardcoded-test-resource-id/names";
constexpr llvm::StringLiteral SessionTablesTopic =
    "distsys-hardcoded-test-resource-id/session-tables";

bool isDefaultArg(const Expr *E) { return isa<CXXDefaultArgExpr>(E); }

} // namespace

HardcodedTestResourceIdCheck::HardcodedTestResourceIdCheck(StringRef Name,
                                                           ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), ModelFiles(Options.getLocalOrGlobal("ModelFiles", "")),
      SummaryFile(Options.getLocalOrGlobal("SummaryFile", "")) {
  Models = loadModels<TestResourceModels>(
      RuleId, ModelFiles, getCurrentMainFile(),
      [this](llvm::StringRef Error) { configurationDiag("%0: %1") << RuleId << Error; });
  std::string Error;
  Loaded = loadSummaryFile(SummaryFile, getCurrentMainFile(), Error);
  if (!Error.empty())
    configurationDiag("%0: %1") << RuleId << Error;
}

HardcodedTestResourceIdCheck::~HardcodedTestResourceIdCheck() = default;

void HardcodedTestResourceIdCheck::reportThroughSummaries(
    const FunctionDecl &Callee, llvm::ArrayRef<const Expr *> Args, const Tracing &T,
    llvm::function_ref<void(const SinkName &, const SinkName *)> Report) {
  if (!Loaded && !activeCollector())
    return;
  std::string Usr = usrOf(Callee);
  if (Usr.empty() || !Callee.getIdentifier())
    return;
  SinkName Elsewhere;
  Elsewhere.Kind = "resource name";
  Elsewhere.Operation = "'" + Callee.getName().str() + "' (defined in another file)";
  Elsewhere.Effect = "creates or changes";
  for (unsigned I = 0; I < Args.size() && I < Callee.getNumParams(); ++I) {
    SinkName Found;
    Found.Use = Args[I];
    if (isDefaultArg(Args[I]) ||
        !(Found.Literal = fixedString(Args[I], T, Found.Name, Found.Via)) || Found.Name.empty())
      continue;
    std::vector<Premise> Condition;
    if (!mayHold({{NamesTopic.str(), Usr, I}, Premise::Needs::Creates}, Loaded.get(), Condition))
      continue;
    Elsewhere.Premised = !Condition.empty();
    ConditionalFinding Conditional(std::move(Condition));
    Report(Found, &Elsewhere);
  }
}

void HardcodedTestResourceIdCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "ModelFiles", ModelFiles);
  Options.store(Opts, "SummaryFile", SummaryFile);
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
  if (!Models->TestFunctions.empty())
    Finder->addMatcher(
        functionDecl(isDefinition(), unless(isExpansionInSystemHeader()), unless(cxxMethodDecl()))
            .bind("namedFunction"),
        this);
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

  // Of the operators, only those a sink names run an operation (SOCI's `sql << "CREATE ..."`).
  std::vector<llvm::StringRef> SinkOperators;
  for (const ResourceSink &Sink : Models->Sinks)
    for (llvm::StringRef Method : Sink.Methods)
      if (Method.consume_front("operator"))
        SinkOperators.push_back(Method);
  Finder->addMatcher(
      callExpr(unless(cxxOperatorCallExpr(unless(hasAnyOverloadedOperatorName(SinkOperators)))),
               unless(isExpansionInSystemHeader()))
          .bind("call"),
      this);
  Finder->addMatcher(cxxConstructExpr(unless(isExpansionInSystemHeader())).bind("call"), this);
  Finder->addMatcher(
      memberExpr(member(fieldDecl()), unless(isExpansionInSystemHeader())).bind("fieldUse"), this);
  Finder->addMatcher(
      declRefExpr(to(varDecl(hasGlobalStorage())), unless(isExpansionInSystemHeader()))
          .bind("staticUse"),
      this);
}

void HardcodedTestResourceIdCheck::check(const MatchFinder::MatchResult &Result) {
  Context = Result.Context;
  if (const auto *Method = Result.Nodes.getNodeAs<CXXMethodDecl>("testMethod")) {
    TestBodies.insert(Method->getCanonicalDecl());
    return;
  }
  if (const auto *Function = Result.Nodes.getNodeAs<FunctionDecl>("namedFunction")) {
    if (Function->getIdentifier() &&
        llvm::any_of(Models->TestFunctions, [&](const TestFunctionModel &Model) {
          return Model.NamePattern->match(Function->getName());
        }))
      TestBodies.insert(Function->getCanonicalDecl());
    return;
  }
  if (const auto *Registration = Result.Nodes.getNodeAs<Expr>("registration")) {
    const FunctionDecl *Registrar = calleeOf(Registration);
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
    const Expr *Assigned = nullptr;
    if (writesValue(*Use, *Context, &Assigned)) {
      const auto *Field = cast<FieldDecl>(Use->getMemberDecl());
      if (Assigned)
        AssignedFields[Field].push_back(Assigned);
      else
        WrittenFields.insert(Field);
    }
    return;
  }
  if (const auto *Use = Result.Nodes.getNodeAs<DeclRefExpr>("staticUse")) {
    if (writesValue(*Use, *Context))
      WrittenStatics.insert(cast<VarDecl>(Use->getDecl()));
    return;
  }
  const auto *Call = Result.Nodes.getNodeAs<Expr>("call");
  if (!Call || !calleeOf(Call))
    return;
  if (const FunctionDecl *Enclosing = enclosingFunction(*Call, *Context))
    Candidates.push_back({Call, Enclosing});
}

void HardcodedTestResourceIdCheck::onEndOfTranslationUnit() {
  if (!Context) {
    Candidates.clear();
    TestBodies.clear();
    WrittenFields.clear();
    AssignedFields.clear();
    WrittenStatics.clear();
    return;
  }
  ASTContext &Ctx = *Context;
  std::vector<std::pair<const Expr *, const FunctionDecl *>> CallSites;
  for (const Candidate &C : Candidates)
    CallSites.push_back({C.Call, C.Enclosing});
  const Tracing T{Ctx, WrittenFields, AssignedFields, WrittenStatics, CallSites};
  const SourceManager &SM = Ctx.getSourceManager();
  auto IsTestBody = [&](const FunctionDecl *F) {
    return TestBodies.contains(F->getCanonicalDecl());
  };

  // Helpers the test file defines and its test bodies call run as part of the tests too.
  llvm::DenseSet<const Decl *> Helpers;
  for (const Candidate &C : Candidates) {
    if (!IsTestBody(C.Enclosing))
      continue;
    const FunctionDecl *Callee = calleeOf(C.Call);
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
    const FunctionDecl *Callee = calleeOf(C.Call);
    for (const ResourceSink &Sink : Models->Sinks) {
      llvm::ArrayRef<const Expr *> Args = callArguments(C.Call);
      if (Sink.Format != ArgFormat::Sql || Sink.Arg >= Args.size() || !sinkMatches(Sink, *Callee))
        continue;
      std::vector<SqlPiece> Pieces;
      sqlPieces(Args[Sink.Arg], T, Pieces);
      forEachSqlName(
          Pieces, Models->SqlSessionLocal,
          [&](const SqlPiece &Piece, unsigned, const SqlStatement &, const std::string &Name) {
            if (Piece.Literal)
              SessionLocal.insert(llvm::StringRef(Name).lower());
          });
    }
  }

  std::set<std::pair<unsigned, std::string>> Reported;
  // One finding per fixed name and test body: a test inserting into the table it created has one
  // name to change, not one per statement. A finding through a function defined elsewhere, which
  // holds only if its summary says so, does not count as one.
  const FunctionDecl *CurrentTest = nullptr;
  std::set<std::tuple<const FunctionDecl *, std::string, std::string>> NamedInTest;
  // Found: the fixed name at the test's call; Operation: where the name is used, when that is
  // in a project function the test calls.
  auto Report = [&](const SinkName &Found, const SinkName *Operation) {
    SourceLocation Loc = Found.Literal->getBeginLoc();
    if (Found.Offset > 0)
      Loc = Found.Literal->getLocationOfByte(Found.Offset, SM, Ctx.getLangOpts(),
                                             Ctx.getTargetInfo());
    Loc = SM.getFileLoc(Loc);
    SourceLocation Key = SM.getFileLoc(Found.Literal->getBeginLoc());
    if (Loc.isInvalid() || SM.isInSystemHeader(Loc) ||
        !Reported.insert({Key.getRawEncoding(), Found.Name}).second)
      return;
    const SinkName &At = Operation ? *Operation : Found;
    // A table some file creates as a temporary table is private to the test's session.
    std::vector<Premise> Condition;
    if (At.SqlTable && !mayHold({{SessionTablesTopic.str(), llvm::StringRef(Found.Name).lower(),
                                  ParamRef::WholeFunction},
                                 Premise::Needs::NotSessionLocal},
                                Loaded.get(), Condition))
      return;
    auto Named = std::make_tuple(CurrentTest, At.Kind, llvm::StringRef(Found.Name).lower());
    if (NamedInTest.count(Named))
      return;
    if (!At.Premised) // Condition depends on the name alone: the same for every use
      NamedInTest.insert(std::move(Named));
    std::optional<ConditionalFinding> Conditional; // inside one a caller may have set up
    if (!Condition.empty())
      Conditional.emplace(std::move(Condition));
    diag(Loc, "%0 \"%1\" is fixed and %2 %3 it; tests running in parallel will collide \u2014 %4")
        << At.Kind << Found.Name << At.Operation << At.Effect
        << (At.Advice.empty() ? Models->DefaultAdvice : At.Advice);
    if (Found.Via && Found.Use)
      diag(SM.getFileLoc(Found.Use->getBeginLoc()), "'%0' is used as the %1 here",
           DiagnosticIDs::Note)
          << Found.Via->getName() << At.Kind;
    if (Operation && Operation->Call)
      diag(SM.getFileLoc(Operation->Call->getBeginLoc()), "%0 %1 it here", DiagnosticIDs::Note)
          << Operation->Operation << Operation->Effect;
  };

  ParameterReach Reach(T, *Models, SessionLocal);
  for (const Candidate &C : Candidates) {
    if (!InTest(C.Enclosing) || expectedToFail(*C.Call, Ctx, *Models))
      continue;
    CurrentTest = C.Enclosing->getCanonicalDecl();
    const FunctionDecl *Callee = calleeOf(C.Call);
    llvm::ArrayRef<const Expr *> Args = callArguments(C.Call);
    bool Modelled = false;
    for (const ResourceSink &Sink : Models->Sinks) {
      if (Sink.Arg >= Args.size() || !sinkMatches(Sink, *Callee))
        continue;
      Modelled = true;
      if (sinkApplies(Sink, *C.Call, Args, C.Enclosing->getBody(), T, *Models))
        namesAtSink(Sink, C.Call, Args, T, *Models, SessionLocal, [&](const SinkName &Name) {
          if (Name.Literal)
            Report(Name, nullptr);
        });
    }
    const FunctionDecl *Definition = Callee->getDefinition();
    if (Modelled || SM.isInSystemHeader(Callee->getLocation()))
      continue;
    if (!Definition) {
      reportThroughSummaries(*Callee, Args, T, Report);
      continue;
    }
    // A project function that hands the name on to a resource operation.
    for (unsigned I = 0; I < Args.size() && I < Definition->getNumParams(); ++I) {
      if (isDefaultArg(Args[I]))
        continue;
      const SinkName *Operation = Reach.reach(*Definition, I);
      if (!Operation)
        continue;
      SinkName Found;
      Found.Literal = fixedString(Args[I], T, Found.Name, Found.Via);
      Found.Use = Args[I];
      if (Found.Literal && !Found.Name.empty() &&
          (!Operation->ValuePattern || Operation->ValuePattern->match(Found.Name)))
        Report(Found, Operation);
    }
  }
  if (SummaryCollector *Collector = activeCollector()) {
    for (const std::string &Table : SessionLocal) {
      ParamFact Fact;
      Fact.SessionLocal = true;
      Collector->Produced.add({SessionTablesTopic.str(), Table, ParamRef::WholeFunction}, Fact);
    }
    llvm::DenseSet<const FunctionDecl *> Summarised;
    for (const Candidate &C : Candidates) {
      const FunctionDecl *F = C.Enclosing->getDefinition();
      if (!F || !SM.isInMainFile(SM.getExpansionLoc(F->getLocation())) ||
          !Summarised.insert(F).second)
        continue;
      std::string Usr = usrOf(*F);
      for (unsigned I = 0; !Usr.empty() && I < F->getNumParams(); ++I)
        if (Reach.reach(*F, I)) {
          ParamFact Fact;
          Fact.Creates = true;
          Collector->Produced.add({NamesTopic.str(), Usr, I}, Fact);
        }
    }
  }
  Candidates.clear();
  TestBodies.clear();
  WrittenFields.clear();
  AssignedFields.clear();
  WrittenStatics.clear();
  Context = nullptr;
}

} // namespace clang::tidy::distsys
