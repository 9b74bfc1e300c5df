//===--- NamingConventions.cpp - operations named by convention -----------===//
//
// The AWS SDK for C++ generates one client per service (Aws::IAM::IAMClient, Aws::RDS::RDSClient)
// whose operation names say what they do: DescribeDBClusters, GetRole and HeadBucket probe for the
// resource that CreateDBCluster, CreateRole and CreateBucket create, and the request's identifier
// setter (SetDBClusterIdentifier, SetRoleName, SetBucket) names it. Reading the names instead of
// listing operations covers every service; the key of such an operation is its noun and the
// values of its identifier setters, so a check and a create match only on the same resource.
//
//===----------------------------------------------------------------------===//
#include "CheckThenCreateAnalysis.h"
#include "utils/Calls.h"

#include "clang/AST/ExprCXX.h"
#include <algorithm>
#include <map>

namespace clang::tidy::distsys::check_then_create {
namespace {

/// Whether \p Class, or a class whose method \p Method overrides, is a client of the convention:
/// <ClientNamespace>::<Svc>::<Svc><ClientSuffix>.
bool isClientMethod(const CXXMethodDecl &Method, const NamingConvention &C) {
  auto IsClient = [&](const CXXRecordDecl &Class) {
    const auto *Service = dyn_cast<NamespaceDecl>(Class.getDeclContext());
    const auto *Top = Service ? dyn_cast<NamespaceDecl>(Service->getDeclContext()) : nullptr;
    return Class.getIdentifier() && Top && Top->getIdentifier() &&
           Top->getName() == C.ClientNamespace &&
           Top->getDeclContext()->getRedeclContext()->isTranslationUnit() &&
           Class.getName() == (Service->getName() + C.ClientSuffix).str();
  };
  llvm::SmallVector<const CXXMethodDecl *, 4> Work{&Method};
  for (unsigned Steps = 0; !Work.empty() && Steps < 16; ++Steps) {
    const CXXMethodDecl *M = Work.pop_back_val();
    if (IsClient(*M->getParent()))
      return true;
    Work.append(M->begin_overridden_methods(), M->end_overridden_methods());
  }
  return false;
}

/// The noun after one of \p Verbs at the start of \p Name (CreateLogGroup: LogGroup).
std::optional<std::string> nounAfter(llvm::StringRef Name, const std::vector<std::string> &Verbs,
                                     std::string &Verb) {
  for (const std::string &V : Verbs)
    if (Name.size() > V.size() && Name.starts_with(V) && llvm::isUpper(Name[V.size()])) {
      Verb = V;
      return Name.drop_front(V.size()).str();
    }
  return std::nullopt;
}

/// DBClusters: DBCluster, Policies: Policy, Addresses: Address.
std::string singular(llvm::StringRef Noun) {
  if (Noun.ends_with("ies"))
    return (Noun.drop_back(3) + "y").str();
  for (llvm::StringRef Ending : {"sses", "xes", "ches", "shes"})
    if (Noun.ends_with(Ending))
      return Noun.drop_back(2).str();
  if (Noun.ends_with("s") && !Noun.ends_with("ss"))
    return Noun.drop_back(1).str();
  return Noun.str();
}

} // namespace

std::string nounWords(llvm::StringRef Noun) {
  std::string Out;
  for (size_t I = 0; I < Noun.size();) {
    size_t End = I + 1;
    if (llvm::isUpper(Noun[I]) && End < Noun.size() && llvm::isUpper(Noun[End])) {
      while (End < Noun.size() && llvm::isUpper(Noun[End]) &&
             !(End + 1 < Noun.size() && llvm::isLower(Noun[End + 1])))
        ++End; // an acronym, up to the capital that starts the next word
    } else {
      while (End < Noun.size() && !llvm::isUpper(Noun[End]))
        ++End;
    }
    llvm::StringRef Word = Noun.slice(I, End);
    if (!Out.empty())
      Out += ' ';
    Out += Word.size() > 1 && llvm::isUpper(Word[1]) ? Word.str() : Word.lower();
    I = End;
  }
  return Out;
}

std::optional<Operation> Analysis::classifyConvention(const Family &F, const Expr *E,
                                                      const FunctionDecl &Callee,
                                                      bool WantCreate) const {
  const NamingConvention &C = F.Convention;
  const auto *Method = dyn_cast<CXXMethodDecl>(&Callee);
  if (!Method || !isa<CXXMemberCallExpr>(E) || !Method->getIdentifier() ||
      Method->getNumParams() < 1)
    return std::nullopt;
  std::string Verb;
  std::optional<std::string> Noun =
      nounAfter(Method->getName(), WantCreate ? C.CreateVerbs : C.CheckVerbs, Verb);
  if (!Noun || !isClientMethod(*Method, C))
    return std::nullopt;
  // A plural probe (DescribeLogGroups, ListRoles) succeeds with an empty list where a singular
  // one (GetRole) fails: only a singular probe's success says the resource exists.
  bool Plural = false;
  if (llvm::is_contained(C.PluralCheckVerbs, Verb)) {
    std::string One = singular(*Noun);
    Plural = One != *Noun;
    Noun = One;
  }
  auto IsIdentifier = [&](llvm::StringRef Setter) {
    for (const std::string &Prefix : C.SetterPrefixes) {
      if (!Setter.consume_front(Prefix))
        continue;
      if (llvm::is_contained(C.BareIdentifiers, Setter))
        return true;
      return Setter.consume_front(*Noun) && llvm::is_contained(C.IdentifierSuffixes, Setter);
    }
    return false;
  };
  const Expr *Request = argumentAt(E, 0);
  // The last value each identifier setter was given, in an order both requests agree on.
  std::map<std::string, const Expr *> LastValue;
  for (const CXXMemberCallExpr *Setter : setterCalls(Request, E, IsIdentifier)) {
    llvm::StringRef Name = Setter->getMethodDecl()->getName();
    for (const std::string &Prefix : C.SetterPrefixes)
      if (Name.consume_front(Prefix))
        break;
    LastValue[Name.str()] = Setter->getArg(0);
  }
  if (LastValue.empty())
    return std::nullopt;
  std::vector<std::string> Parts;
  for (const auto &[Setter, Value] : LastValue) {
    std::optional<std::string> Part = keyOf(Value, Context);
    if (!Part)
      return std::nullopt;
    Parts.push_back(*Part);
  }
  std::sort(Parts.begin(), Parts.end());
  Operation Op;
  Op.Name = Method->getName().str();
  Op.Noun = *Noun;
  Op.Key = nounKey(*Noun) + join(Parts);
  Op.Resource = nounWords(*Noun);
  Op.Safe = C.Safe;
  if (!WantCreate && !Plural)
    Op.Found = C.Found;
  else
    Op.Atomic = llvm::any_of(C.AtomicSetters, [&](const std::string &Setter) {
      return !setterCalls(Request, E, Setter).empty();
    });
  return Op;
}

const std::vector<std::string> &Analysis::conventionNouns(unsigned FamilyIndex,
                                                          bool Creates) const {
  auto [It, New] = ConventionNouns.try_emplace({FamilyIndex, Creates});
  std::vector<std::string> &Nouns = It->second;
  if (!New)
    return Nouns;
  const Family &F = Models.Families[FamilyIndex];
  for (const Expr *E : Index.Calls) {
    const FunctionDecl *Callee = calleeOf(E);
    if (!Callee || !Callee->getIdentifier())
      continue;
    if (std::optional<Operation> Op = classifyConvention(F, E, *Callee, Creates))
      if (!llvm::is_contained(Nouns, Op->Noun))
        Nouns.push_back(Op->Noun);
  }
  return Nouns;
}

} // namespace clang::tidy::distsys::check_then_create
