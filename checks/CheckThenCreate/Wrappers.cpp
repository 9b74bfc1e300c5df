//===--- Wrappers.cpp - project functions that check or create ------------===//
//
// Real code rarely calls the SDK where it decides: `if (!tableExists(name)) createTable(name);`.
// A project function whose body makes a racy create of a resource its parameters name is read as
// that create at its calls; one defined in another translation unit as what its summary says
// (checks or creates, by family), the finding then holding only under that premise. The checks a
// helper's result depends on are in Analysis.cpp (helperChecks); their summaries are written here.
//
//===----------------------------------------------------------------------===//
#include "CheckThenCreateAnalysis.h"
#include "utils/Calls.h"

namespace clang::tidy::distsys::check_then_create {
namespace {

/// How deep wrappers calling wrappers in one translation unit are followed.
constexpr unsigned WrapperDepth = 8;

/// Whether a parameter of type \p T can name a resource: a C string, a string or a path.
bool canName(QualType T) {
  T = T.getNonReferenceType();
  if (T->isPointerType())
    return T->getPointeeType()->isAnyCharacterType();
  const auto *Record = T->getAsCXXRecordDecl();
  if (!Record || !Record->getIdentifier())
    return false;
  llvm::StringRef Name = Record->getName();
  return Name.contains_insensitive("string") || Name == "path";
}

bool namesParameter(const std::string &Key, const FunctionDecl &Definition) {
  for (const ParmVarDecl *Param : Definition.parameters())
    if (Key.find(*keyOfDecl(Param)) != std::string::npos)
      return true;
  return false;
}

} // namespace

std::string Analysis::topicOf(const Family &F, llvm::StringRef Noun) {
  std::string Topic = "distsys-check-then-create/" + F.Name;
  return Noun.empty() ? Topic : Topic + "/" + Noun.str();
}

const std::vector<Operation> &Analysis::createsIn(const FunctionDecl &Definition,
                                                  unsigned Depth) const {
  static const std::vector<Operation> None;
  if (auto It = State.WrapperCreates.find(&Definition); It != State.WrapperCreates.end())
    return It->second;
  if (Depth == 0)
    return None;
  State.WrapperCreates[&Definition]; // a recursive wrapper creates nothing through itself
  Analysis Inner(Models, Context, Definition.getBody(), State);
  std::vector<Operation> Creates;
  auto Keep = [&](Operation Op) {
    bool ReadModifyWrite = false;
    // A wrapper that races by itself is reported in its own body.
    if (Op.OwnershipOnly || !Inner.mayRace(Op) || !namesParameter(*Op.Key, Definition) ||
        Inner.guardingCheck(Op, ReadModifyWrite))
      return;
    Creates.push_back(std::move(Op));
  };
  for (const Expr *E : Inner.Index.Calls) {
    if (std::optional<Operation> Op = Inner.classify(E, /*WantCreate=*/true)) {
      Keep(std::move(*Op));
      continue;
    }
    const auto *Call = dyn_cast<CallExpr>(E);
    const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
    const FunctionDecl *Nested = nullptr;
    if (!Callee || !Callee->getBody(Nested) || !Nested || Nested == &Definition ||
        SM.isInSystemHeader(Nested->getLocation()) || Nested->isVariadic() ||
        Nested->getNumParams() != Call->getNumArgs() || Inner.classify(E, /*WantCreate=*/false))
      continue;
    for (const Operation &Op : createsIn(*Nested, Depth - 1))
      if (std::optional<std::string> Key = keyAtCall(*Op.Key, *Nested, *Call)) {
        Operation At = Op;
        At.InnerCreate = Op.InnerCreate ? Op.InnerCreate : Op.Call;
        At.InnerCreateName = Op.InnerCreate ? Op.InnerCreateName : Op.Name;
        At.Call = Call;
        At.Name = Callee->getName().str();
        At.Key = std::move(Key);
        Keep(std::move(At));
      }
  }
  return State.WrapperCreates[&Definition] = std::move(Creates);
}

bool Analysis::mayWrapCreates(const CallExpr &Call) const {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee || Callee->isVariadic() || Callee->getBuiltinID())
    return false;
  const FunctionDecl *Definition = nullptr;
  if (!Callee->getBody(Definition))
    return (State.Loaded || activeCollector()) && !SM.isInSystemHeader(Callee->getLocation()) &&
           llvm::any_of(Callee->parameters(),
                        [](const ParmVarDecl *P) { return canName(P->getType()); });
  return !SM.isInSystemHeader(Definition->getLocation()) &&
         !createsIn(*Definition, WrapperDepth).empty();
}

std::vector<Operation> Analysis::wrapperCreates(const CallExpr &Call) const {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee || Callee->isVariadic() || SM.isInSystemHeader(Callee->getLocation()))
    return {};
  const FunctionDecl *Definition = nullptr;
  if (!Callee->getBody(Definition))
    return externalOperations(Call, Premise::Needs::Creates);
  if (!Definition || SM.isInSystemHeader(Definition->getLocation()) ||
      Definition->getNumParams() != Call.getNumArgs())
    return {};
  std::vector<Operation> Creates;
  for (const Operation &Inner : createsIn(*Definition, WrapperDepth)) {
    std::optional<std::string> Key = keyAtCall(*Inner.Key, *Definition, Call);
    if (!Key || llvm::any_of(Creates, [&](const Operation &Known) {
          return Known.FamilyIndex == Inner.FamilyIndex && Known.Key == Key;
        }))
      continue;
    Operation At;
    At.Call = &Call;
    At.FamilyIndex = Inner.FamilyIndex;
    At.Name = Callee->getName().str();
    At.Key = std::move(Key);
    At.Resource = Inner.Resource;
    At.Safe = Models.WrapperSafe;
    At.InnerCreate = Inner.InnerCreate ? Inner.InnerCreate : Inner.Call;
    At.InnerCreateName = Inner.InnerCreate ? Inner.InnerCreateName : Inner.Name;
    Creates.push_back(std::move(At));
  }
  return Creates;
}

std::vector<Operation> Analysis::externalOperations(const CallExpr &Call,
                                                    Premise::Needs What) const {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee || !Callee->getIdentifier() || (!State.Loaded && !activeCollector()))
    return {};
  std::string Usr;
  std::vector<Operation> Out;
  unsigned Arguments = std::min<unsigned>(Call.getNumArgs(), Callee->getNumParams());
  for (unsigned I = 0; I < Arguments; ++I) {
    if (!canName(Callee->getParamDecl(I)->getType()))
      continue;
    std::optional<std::string> Key = keyOf(Call.getArg(I), Context);
    if (Key && Usr.empty())
      Usr = usrOf(*Callee);
    if (!Key || Usr.empty())
      continue;
    for (unsigned FamilyIndex = 0; FamilyIndex < Models.Families.size(); ++FamilyIndex) {
      const Family &F = Models.Families[FamilyIndex];
      // Redis and SQL name resources inside commands. A naming convention has a topic per noun
      // (what this function may check elsewhere is what it creates here, and the other way
      // round) and one for any noun, for a check and a create both made elsewhere.
      std::vector<std::string> Nouns{""};
      if (F.FamilyKind == Kind::Convention)
        llvm::append_range(
            Nouns, conventionNouns(FamilyIndex, /*Creates=*/What == Premise::Needs::Checks));
      else if (F.FamilyKind != Kind::Calls)
        continue;
      for (const std::string &Noun : Nouns) {
        Operation Op;
        if (!mayHold({{topicOf(F, Noun), Usr, I}, What}, State.Loaded.get(), Op.Premises))
          continue;
        Op.Call = &Call;
        Op.FamilyIndex = FamilyIndex;
        Op.Name = Callee->getName().str();
        Op.Noun = Noun;
        Op.Key = nounKey(Noun) + join({*Key});
        Op.Resource = Noun.empty() ? F.Resource : nounWords(Noun);
        if (What == Premise::Needs::Creates)
          Op.Safe = Models.WrapperSafe;
        Out.push_back(std::move(Op));
      }
    }
  }
  return Out;
}

void Analysis::summarise(const FunctionDecl &Definition, SummarySet &Into) const {
  std::string Usr;
  auto Add = [&](const Operation &Op, bool Creates) {
    const Family &F = Models.Families[Op.FamilyIndex];
    if ((F.FamilyKind != Kind::Calls && F.FamilyKind != Kind::Convention) || !Op.Key ||
        !Op.Premises.empty())
      return;
    for (unsigned I = 0; I < Definition.getNumParams(); ++I) {
      if (*Op.Key != nounKey(Op.Noun) + join({*keyOfDecl(Definition.getParamDecl(I))}))
        continue;
      if (Usr.empty())
        Usr = usrOf(Definition);
      ParamFact Fact;
      (Creates ? Fact.Creates : Fact.Checks) = true;
      if (!Op.Noun.empty())
        Into.add({topicOf(F, Op.Noun), Usr, I}, Fact);
      Into.add({topicOf(F), Usr, I}, std::move(Fact));
    }
  };
  for (const Operation &Check : returnedChecks(Definition, Body, /*Depth=*/4))
    Add(Check, /*Creates=*/false);
  for (const Operation &Create : createsIn(Definition, WrapperDepth))
    Add(Create, /*Creates=*/true);
}

} // namespace clang::tidy::distsys::check_then_create
