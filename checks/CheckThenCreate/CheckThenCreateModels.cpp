//===--- CheckThenCreateModels.cpp ----------------------------------------===//
#include "CheckThenCreateModels.h"
#include "utils/ModelJson.h"

namespace clang::tidy::distsys {
using nlohmann::json;

namespace {

std::string str(const json &Obj, const char *Field) { return Obj.value(Field, std::string()); }

llvm::Expected<std::shared_ptr<llvm::Regex>> regex(const std::string &Pattern,
                                                   const std::string &Family) {
  auto R = std::make_shared<llvm::Regex>(Pattern, llvm::Regex::IgnoreCase);
  std::string Error;
  if (!R->isValid(Error))
    return modelError("family '" + Family + "': '" + Pattern + "' is not a valid regex: " + Error);
  return R;
}

/// "foundWhen": "nonzero", "zero" or "success" (with "successMethod").
llvm::Expected<ResultSense> parseSense(const json &J, const std::string &Family) {
  ResultSense Sense;
  std::string How = str(J, "foundWhen");
  Sense.SuccessMethod = str(J, "successMethod");
  if (How == "nonzero")
    Sense.How = ResultSense::Kind::NonZero;
  else if (How == "zero")
    Sense.How = ResultSense::Kind::Zero;
  else if (How == "success" && !Sense.SuccessMethod.empty())
    Sense.How = ResultSense::Kind::Success;
  else if (!How.empty())
    return modelError("family '" + Family + "': foundWhen is \"nonzero\", \"zero\" or " +
                      "\"success\" (with successMethod), not '" + How + "'");
  return Sense;
}

llvm::Expected<ResourceCall> parseCall(const json &J, const std::string &Family, bool Create) {
  ResourceCall C;
  C.Function = str(J, "function");
  C.Method = str(J, "method");
  C.Constructor = str(J, "constructor");
  if (C.Function.empty() + C.Method.empty() + C.Constructor.empty() != 2)
    return modelError("family '" + Family + "': a call needs one of function, method, constructor");
  if (J.contains("keyArg"))
    C.KeyArgs = {J.at("keyArg").get<int>()};
  else
    C.KeyArgs = J.value("keyArgs", std::vector<int>{});
  C.RequestArg = J.value("requestArg", -1);
  C.KeySetters = stringList(J, "keySetters");
  auto Sense = parseSense(J, Family);
  if (!Sense)
    return Sense.takeError();
  C.Found = std::move(*Sense);
  // Exactly one way of naming the resource, and argument indices that exist.
  bool ByRequest = C.RequestArg >= 0 && !C.KeySetters.empty();
  if (C.KeyArgs.empty() != ByRequest || llvm::any_of(C.KeyArgs, [](int I) { return I < 0; }))
    return modelError("family '" + Family +
                      "': a call needs keyArg (or keyArgs), or requestArg with keySetters");
  C.FlagsArg = J.value("flagsArg", -1);
  C.RequiredFlags = stringList(J, "requiredFlags");
  C.AtomicFlags = stringList(J, "atomicFlags");
  C.FixAddFlag = str(J, "fixAddFlag");
  C.ModeArg = J.value("modeArg", -1);
  C.CreateModes = str(J, "createModes");
  C.AtomicModeChars = str(J, "atomicModeChars");
  C.FixModeChar = str(J, "fixModeChar");
  C.FixModes = str(J, "fixModes");
  C.AtomicSetters = stringList(J, "atomicSetters");
  C.OwnershipOnly = J.value("ownershipOnly", false);
  C.Resource = str(J, "resource");
  C.Safe = str(J, "safe");
  if (Create && (C.Resource.empty() || C.Safe.empty()))
    return modelError("family '" + Family + "': a create needs resource and safe");
  C.SafeNeeds = str(J, "safeNeeds");
  C.SafeOtherwise = str(J, "safeOtherwise");
  if (C.SafeNeeds.empty() != C.SafeOtherwise.empty() || (!C.SafeNeeds.empty() && C.RequestArg < 0))
    return modelError("family '" + Family +
                      "': safeNeeds and safeOtherwise go together, on a call with requestArg");
  return C;
}

llvm::Expected<RedisCommand> parseCommand(const json &J, const std::string &Family, bool Create) {
  RedisCommand C;
  C.Command = str(J, "command");
  if (C.Command.empty())
    return modelError("family '" + Family + "': a command needs 'command'");
  C.KeyTokens = J.value("keyTokens", 1u);
  C.OptionsFrom = J.value("optionsFrom", 0u);
  C.AtomicTokens = stringList(J, "atomicTokens");
  C.ReadModifyWrite = J.value("readModifyWrite", false);
  C.ReadsValue = J.value("readsValue", false);
  C.Resource = str(J, "resource");
  C.Safe = str(J, "safe");
  if (Create && (C.Resource.empty() || C.Safe.empty()))
    return modelError("family '" + Family + "': a create command needs resource and safe");
  return C;
}

llvm::Expected<ResourceFamily> parseFamily(const json &J) {
  ResourceFamily F;
  F.Name = J.value("family", std::string("unnamed"));
  std::string Kind = J.value("kind", std::string("calls"));
  if (Kind == "calls")
    F.FamilyKind = ResourceFamily::Kind::Calls;
  else if (Kind == "redis")
    F.FamilyKind = ResourceFamily::Kind::Redis;
  else if (Kind == "sql")
    F.FamilyKind = ResourceFamily::Kind::Sql;
  else if (Kind == "namingConvention")
    F.FamilyKind = ResourceFamily::Kind::Convention;
  else
    return modelError("family '" + F.Name + "': unknown kind '" + Kind + "'");
  F.ExistsCodes = stringList(J, "existsCodes");
  if (std::string Pattern = str(J, "existsPattern"); !Pattern.empty()) {
    auto R = regex(Pattern, F.Name);
    if (!R)
      return R.takeError();
    F.ExistsPattern = *R;
  }
  if (F.FamilyKind == ResourceFamily::Kind::Convention) {
    NamingConvention &C = F.Convention;
    C.ClientNamespace = str(J, "clientNamespace");
    C.ClientSuffix = str(J, "clientSuffix");
    C.CheckVerbs = stringList(J, "checkVerbs");
    C.PluralCheckVerbs = stringList(J, "pluralCheckVerbs");
    C.CreateVerbs = stringList(J, "createVerbs");
    C.SetterPrefixes = stringList(J, "setterPrefixes");
    C.IdentifierSuffixes = stringList(J, "identifierSuffixes");
    C.BareIdentifiers = stringList(J, "bareIdentifiers");
    C.AtomicSetters = stringList(J, "atomicSetters");
    auto Sense = parseSense(J, F.Name);
    if (!Sense)
      return Sense.takeError();
    C.Found = std::move(*Sense);
    C.Safe = str(J, "safe");
    if (C.ClientNamespace.empty() || C.ClientSuffix.empty() || C.CheckVerbs.empty() ||
        C.CreateVerbs.empty() || C.SetterPrefixes.empty() || C.IdentifierSuffixes.empty() ||
        C.Safe.empty())
      return modelError("family '" + F.Name +
                        "': a naming convention needs clientNamespace, clientSuffix, checkVerbs, "
                        "createVerbs, setterPrefixes, identifierSuffixes and safe");
  }
  for (const json &C : J.value("checks", json::array())) {
    auto Call = parseCall(C, F.Name, false);
    if (!Call)
      return Call.takeError();
    F.Checks.push_back(std::move(*Call));
  }
  for (const json &C : J.value("creates", json::array())) {
    auto Call = parseCall(C, F.Name, true);
    if (!Call)
      return Call.takeError();
    F.Creates.push_back(std::move(*Call));
  }
  for (const char *Field : {"commandFunctions", "queryFunctions"})
    for (const json &C : J.value(Field, json::array())) {
      CommandFunction Fn;
      Fn.Function = str(C, "function");
      Fn.Method = str(C, "method");
      Fn.FormatArg = C.value("formatArg", C.value("sqlArg", -1));
      Fn.ArgvArg = C.value("argvArg", -1);
      if (Fn.Function.empty() == Fn.Method.empty() || (Fn.FormatArg < 0) == (Fn.ArgvArg < 0))
        return modelError("family '" + F.Name +
                          "': a command function needs one of function, method and one of "
                          "formatArg/sqlArg, argvArg");
      F.CommandFunctions.push_back(std::move(Fn));
    }
  for (const json &C : J.value("checkCommands", json::array())) {
    auto Cmd = parseCommand(C, F.Name, false);
    if (!Cmd)
      return Cmd.takeError();
    F.CheckCommands.push_back(std::move(*Cmd));
  }
  for (const json &C : J.value("createCommands", json::array())) {
    auto Cmd = parseCommand(C, F.Name, true);
    if (!Cmd)
      return Cmd.takeError();
    F.CreateCommands.push_back(std::move(*Cmd));
  }
  F.TransactionCommands = stringList(J, "transactionCommands");
  for (auto [Field, Target] :
       {std::pair{"checkQuery", &F.CheckQuery}, std::pair{"createQuery", &F.CreateQuery}}) {
    std::string Pattern = str(J, Field);
    if (Pattern.empty())
      continue;
    auto R = regex(Pattern, F.Name);
    if (!R)
      return R.takeError();
    *Target = *R;
  }
  for (auto [Field, Target] :
       {std::pair{"atomicQueries", &F.AtomicQueries}, std::pair{"lockQueries", &F.LockQueries}})
    for (const std::string &Pattern : stringList(J, Field)) {
      auto R = regex(Pattern, F.Name);
      if (!R)
        return R.takeError();
      Target->push_back(*R);
    }
  F.ResultBindings = stringList(J, "resultBindings");
  F.LastResultMethods = stringList(J, "lastResultMethods");
  F.CheckName = str(J, "checkName");
  F.CreateName = str(J, "createName");
  F.Resource = str(J, "resource");
  F.Safe = str(J, "safe");
  if (F.Resource.empty() && !F.Creates.empty())
    F.Resource = F.Creates.front().Resource;
  if (F.FamilyKind == ResourceFamily::Kind::Sql &&
      (!F.CheckQuery || !F.CreateQuery || F.Resource.empty() || F.Safe.empty()))
    return modelError("family '" + F.Name +
                      "': an sql family needs checkQuery, createQuery, resource and safe");
  return F;
}

} // namespace

llvm::Expected<std::shared_ptr<const CheckThenCreateModels>>
CheckThenCreateModels::parse(const json &Models) {
  auto Result = std::make_shared<CheckThenCreateModels>();
  try {
    Result->Message = Models.value("message", std::string());
    Result->ReadModifyWriteMessage = Models.value("readModifyWriteMessage", std::string());
    Result->CheckNote = Models.value("checkNote", std::string());
    Result->WrapperSafe = Models.value("wrapperSafe", std::string());
    Result->CreateNote = Models.value("createNote", std::string());
    for (const json &F : Models.value("families", json::array())) {
      auto Family = parseFamily(F);
      if (!Family)
        return Family.takeError();
      Result->Families.push_back(std::move(*Family));
    }
  } catch (const json::exception &E) {
    return modelError(std::string("malformed model: ") + E.what());
  }
  if (!Result->Families.empty() && (Result->Message.empty() || Result->CheckNote.empty() ||
                                    Result->WrapperSafe.empty() || Result->CreateNote.empty()))
    return modelError("models need 'message', 'checkNote', 'wrapperSafe' and 'createNote'");
  return Result;
}

} // namespace clang::tidy::distsys
