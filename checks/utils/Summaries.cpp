//===--- Summaries.cpp ----------------------------------------------------===//
#include "Summaries.h"
#include "ModelJson.h"
#include "RuleCatalog.h"

#include "clang/Index/USRGeneration.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <mutex>

namespace clang::tidy::distsys {

namespace {
thread_local SummaryCollector *Active = nullptr;
constexpr int FormatVersion = 2;
} // namespace

std::string usrOf(const FunctionDecl &Function) {
  llvm::SmallString<128> Usr;
  if (index::generateUSRForDecl(Function.getCanonicalDecl(), Usr))
    return "";
  return std::string(Usr);
}

void SummarySet::add(const ParamRef &Param, ParamFact Fact) {
  auto [It, Inserted] = Facts.try_emplace(Param, Fact);
  if (Inserted)
    return;
  ParamFact &Known = It->second;
  Known.Configures |= Fact.Configures;
  Known.Checks |= Fact.Checks;
  Known.Creates |= Fact.Creates;
  Known.CallsOut |= Fact.CallsOut;
  Known.SessionLocal |= Fact.SessionLocal;
  llvm::append_range(Known.Via, Fact.Via);
  if (Known.CallsOut)
    Known.Via.clear();
  llvm::append_range(Known.Unless, Fact.Unless);
  if (Known.Configures)
    Known.Unless.clear();
}

void SummarySet::merge(const SummarySet &Other) {
  for (const auto &[Param, Fact] : Other.Facts)
    Facts.emplace(Param, Fact);
}

std::vector<ParamRef> SummarySet::parameters() const {
  std::vector<ParamRef> Params;
  for (const auto &Entry : Facts)
    Params.push_back(Entry.first);
  return Params;
}

HandleFate SummarySet::resolve(const ParamRef &Param, unsigned Depth) const {
  std::vector<ParamRef> Path;
  return resolve(Param, Depth, Path);
}

HandleFate SummarySet::resolve(const ParamRef &Param, unsigned Depth,
                               std::vector<ParamRef> &Path) const {
  auto It = Facts.find(Param);
  if (It == Facts.end() || llvm::is_contained(Path, Param))
    return HandleFate::Escapes;
  if (It->second.Configures)
    return HandleFate::Configured;
  if (!It->second.Unless.empty() && Depth == 0)
    return HandleFate::Escapes;
  Path.push_back(Param);
  HandleFate Fate = HandleFate::Unconfigured;
  for (const ParamRef &Next : It->second.Unless) {
    combineFates(Fate, resolve(Next, Depth - 1, Path));
    if (Fate == HandleFate::Configured)
      break;
  }
  Path.pop_back();
  return Fate;
}

bool SummarySet::holds(const Premise &P) const {
  if (P.What == Premise::Needs::OnlyUses)
    return resolve(P.Param) == HandleFate::Unconfigured;
  auto It = Facts.find(P.Param);
  if (P.What == Premise::Needs::NotSessionLocal)
    return It == Facts.end() || !It->second.SessionLocal;
  if (It == Facts.end())
    return false;
  switch (P.What) {
  case Premise::Needs::Checks:
    return It->second.Checks;
  case Premise::Needs::Creates:
    return It->second.Creates;
  case Premise::Needs::CallsOut: {
    std::vector<ParamRef> Path;
    return callsOut(P.Param, /*Depth=*/8, Path);
  }
  case Premise::Needs::OnlyUses:
  case Premise::Needs::NotSessionLocal:
    break;
  }
  return false;
}

bool SummarySet::callsOut(const ParamRef &Function, unsigned Depth,
                          std::vector<ParamRef> &Path) const {
  auto It = Facts.find(Function);
  if (It == Facts.end() || llvm::is_contained(Path, Function))
    return false;
  if (It->second.CallsOut)
    return true;
  if (Depth == 0)
    return false;
  Path.push_back(Function);
  bool Found = llvm::any_of(It->second.Via,
                            [&](const ParamRef &Next) { return callsOut(Next, Depth - 1, Path); });
  Path.pop_back();
  return Found;
}

std::string SummarySet::toJson() const {
  nlohmann::json Topics = nlohmann::json::object();
  for (const auto &[Param, Fact] : Facts) {
    nlohmann::json &Function = Topics[Param.Topic][Param.Usr];
    if (Param.Index == ParamRef::WholeFunction) {
      if (Fact.SessionLocal)
        Function.push_back({{"fact", "session-local"}});
      if (Fact.CallsOut) {
        Function.push_back({{"fact", "calls-out"}});
      } else if (!Fact.Via.empty()) {
        nlohmann::json Via = nlohmann::json::array();
        for (const ParamRef &Next : Fact.Via)
          Via.push_back({{"usr", Next.Usr}});
        Function.push_back({{"fact", "calls-out-via"}, {"via", std::move(Via)}});
      }
      continue;
    }
    if (Fact.Checks || Fact.Creates) {
      for (auto [Holds, Name] : {std::pair(Fact.Checks, "checks"), {Fact.Creates, "creates"}})
        if (Holds)
          Function.push_back({{"param", Param.Index}, {"fact", Name}});
      continue;
    }
    nlohmann::json Entry = {{"param", Param.Index},
                            {"fact", Fact.Configures ? "configures" : "uses"}};
    if (!Fact.Configures && !Fact.Unless.empty()) {
      nlohmann::json Unless = nlohmann::json::array();
      for (const ParamRef &Next : Fact.Unless)
        Unless.push_back({{"usr", Next.Usr}, {"param", Next.Index}});
      Entry["unless"] = std::move(Unless);
    }
    Function.push_back(std::move(Entry));
  }
  return nlohmann::json({{"version", FormatVersion}, {"topics", std::move(Topics)}}).dump(1) + "\n";
}

llvm::Expected<SummarySet> SummarySet::fromJson(llvm::StringRef Text, llvm::StringRef What) {
  auto Json = parseBoundedJson(Text, What);
  if (!Json)
    return Json.takeError();
  auto Bad = [&](const std::string &Why) { return modelError(What.str() + ": " + Why); };
  if (!Json->is_object() || !Json->contains("version") || !(*Json)["version"].is_number_integer())
    return Bad("not a distlint summary file (no \"version\")");
  if ((*Json)["version"].get<long long>() != FormatVersion)
    return Bad("summary format version " + (*Json)["version"].dump() + " is not " +
               std::to_string(FormatVersion) + "; export the summaries again with this distlint");
  const nlohmann::json &Topics = Json->value("topics", nlohmann::json::object());
  if (!Topics.is_object())
    return Bad("\"topics\" is not an object");
  auto Index = [](const nlohmann::json &Entry) -> std::optional<unsigned> {
    auto It = Entry.find("param");
    if (It == Entry.end() || !It->is_number_unsigned() || It->get<unsigned long long>() > 65535)
      return std::nullopt;
    return It->get<unsigned>();
  };
  SummarySet Set;
  for (const auto &[Topic, Functions] : Topics.items()) {
    if (!Functions.is_object())
      return Bad("topic \"" + Topic + "\" is not an object of functions");
    for (const auto &[Usr, Params] : Functions.items()) {
      if (!Params.is_array())
        return Bad("function \"" + Usr + "\" has no array of parameters");
      for (const nlohmann::json &Entry : Params) {
        auto FactIt = Entry.is_object() ? Entry.find("fact") : Entry.end();
        if (FactIt != Entry.end() && *FactIt == "session-local") {
          if (Entry.contains("param"))
            return Bad("table \"" + Usr + "\": \"session-local\" takes no \"param\"");
          ParamFact Fact;
          Fact.SessionLocal = true;
          Set.add({Topic, Usr, ParamRef::WholeFunction}, std::move(Fact));
          continue;
        }
        if (FactIt != Entry.end() && (*FactIt == "calls-out" || *FactIt == "calls-out-via")) {
          if (Entry.contains("param"))
            return Bad("function \"" + Usr + "\": \"" + FactIt->get<std::string>() +
                       "\" is a fact of the whole function and takes no \"param\"");
          ParamFact Fact;
          Fact.CallsOut = *FactIt == "calls-out";
          for (const nlohmann::json &Next : Entry.value("via", nlohmann::json::array())) {
            if (!Next.is_object() || !Next.contains("usr") || !Next["usr"].is_string())
              return Bad("function \"" + Usr + "\": \"via\" entries need \"usr\"");
            Fact.Via.push_back({Topic, Next["usr"].get<std::string>(), ParamRef::WholeFunction});
          }
          Set.add({Topic, Usr, ParamRef::WholeFunction}, std::move(Fact));
          continue;
        }
        auto Param = Entry.is_object() ? Index(Entry) : std::nullopt;
        static constexpr llvm::StringLiteral Known[] = {"configures", "uses", "checks", "creates"};
        if (!Param || FactIt == Entry.end() || !FactIt->is_string() ||
            !llvm::is_contained(Known, FactIt->get<std::string>()))
          return Bad("function \"" + Usr +
                     "\": each parameter needs \"param\" (an index) and \"fact\" "
                     "(\"configures\", \"uses\", \"checks\", \"creates\"; or, "
                     "without \"param\", \"calls-out\", \"calls-out-via\" or \"session-local\")");
        ParamFact Fact;
        Fact.Configures = *FactIt == "configures";
        Fact.Checks = *FactIt == "checks";
        Fact.Creates = *FactIt == "creates";
        for (const nlohmann::json &Next : Entry.value("unless", nlohmann::json::array())) {
          auto NextIndex = Next.is_object() ? Index(Next) : std::nullopt;
          if (!NextIndex || !Next.contains("usr") || !Next["usr"].is_string())
            return Bad("function \"" + Usr + "\": \"unless\" entries need \"usr\" and \"param\"");
          Fact.Unless.push_back({Topic, Next["usr"].get<std::string>(), *NextIndex});
        }
        Set.add({Topic, Usr, *Param}, std::move(Fact));
      }
    }
  }
  return Set;
}

SummaryCollector *activeCollector() { return Active; }

ActiveCollectorScope::ActiveCollectorScope(SummaryCollector &Collector) : Previous(Active) {
  Active = &Collector;
}
ActiveCollectorScope::~ActiveCollectorScope() { Active = Previous; }

ConditionalFinding::ConditionalFinding(std::vector<Premise> Condition) {
  if (Active)
    Active->PendingCondition = std::move(Condition);
}
ConditionalFinding::~ConditionalFinding() {
  if (Active)
    Active->PendingCondition.clear();
}

HandleFate externalFate(const FunctionDecl &Callee, unsigned Index, llvm::StringRef Topic,
                        const SummarySet *Loaded, std::vector<ParamRef> &Condition) {
  std::string Usr = usrOf(Callee);
  if (Usr.empty())
    return HandleFate::Escapes;
  ParamRef Param{Topic.str(), std::move(Usr), Index};
  if (Loaded)
    return Loaded->resolve(Param);
  if (!Active)
    return HandleFate::Escapes;
  Condition.push_back(std::move(Param));
  return HandleFate::Unconfigured; // for now: the condition decides once all summaries are in
}

bool mayHold(Premise P, const SummarySet *Loaded, std::vector<Premise> &Condition) {
  if (Loaded)
    return Loaded->holds(P);
  if (!Active)
    return P.What == Premise::Needs::NotSessionLocal;
  Condition.push_back(std::move(P));
  return true;
}

std::vector<Premise> onlyUse(const std::vector<ParamRef> &Helpers) {
  std::vector<Premise> Premises;
  for (const ParamRef &Helper : Helpers)
    Premises.push_back({Helper, Premise::Needs::OnlyUses});
  return Premises;
}

std::shared_ptr<const SummarySet> loadSummaryFile(llvm::StringRef Option, llvm::StringRef MainFile,
                                                  std::string &Error) {
  if (Option.empty())
    return nullptr;
  std::string Path = distlint::findUpwards(Option, llvm::sys::path::parent_path(MainFile));
  static std::mutex Mutex;
  static std::map<std::string, std::pair<std::shared_ptr<const SummarySet>, std::string>> Loaded;
  std::lock_guard<std::mutex> Lock(Mutex);
  auto [It, Inserted] = Loaded.try_emplace(Path);
  if (Inserted) {
    auto Buffer = llvm::MemoryBuffer::getFile(Path);
    if (!Buffer) {
      It->second.second = "cannot read summary file '" + Path + "': " + Buffer.getError().message();
    } else if (auto Set = SummarySet::fromJson((*Buffer)->getBuffer(), Path)) {
      It->second.first = std::make_shared<const SummarySet>(std::move(*Set));
    } else {
      It->second.second = llvm::toString(Set.takeError());
    }
  }
  Error = It->second.second;
  return It->second.first;
}

} // namespace clang::tidy::distsys
