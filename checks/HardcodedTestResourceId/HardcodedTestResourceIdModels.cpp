//===--- HardcodedTestResourceIdModels.cpp --------------------------------===//
#include "HardcodedTestResourceIdModels.h"
#include "utils/ModelJson.h"

namespace clang::tidy::distsys {
using nlohmann::json;

namespace {


llvm::Expected<ResourceSink> parseSink(const json &S) {
  ResourceSink Sink;
  Sink.Kind = S.value("kind", std::string());
  Sink.Function = S.value("function", std::string());
  Sink.ConstructorOf = S.value("constructorOf", std::string());
  Sink.Methods = stringList(S, "methods");
  auto Of = compileRegex(S.value("methodsOf", std::string()), "methodsOf");
  if (!Of)
    return Of.takeError();
  Sink.MethodsOf = *Of;
  int Shapes = !Sink.Function.empty() + !Sink.ConstructorOf.empty() + (Sink.MethodsOf != nullptr);
  if (Shapes != 1 || (Sink.MethodsOf && Sink.Methods.empty()))
    return modelError("sink '" + Sink.Kind +
                      "' needs exactly one of function, constructorOf, methodsOf (with methods)");
  if (Sink.Kind.empty())
    return modelError("a sink has no kind");
  Sink.Arg = S.value("arg", 0u);
  std::string Format = S.value("format", std::string("plain"));
  if (Format == "redis")
    Sink.Format = ArgFormat::Redis;
  else if (Format == "sql")
    Sink.Format = ArgFormat::Sql;
  else if (Format != "plain")
    return modelError("sink '" + Sink.Kind + "' has unknown format '" + Format + "'");
  // Redis commands and SQL statements name their own operation.
  Sink.Operation = S.value("operation", Sink.Function.empty() ? Sink.ConstructorOf : Sink.Function);
  if (Sink.Operation.empty() && Sink.Format == ArgFormat::Plain)
    return modelError("sink '" + Sink.Kind + "' of methods needs an operation");
  Sink.Effect = S.value("effect", std::string("changes"));
  auto Value = compileRegex(S.value("valuePattern", std::string()), "valuePattern");
  if (!Value)
    return Value.takeError();
  Sink.ValuePattern = *Value;
  if (auto It = S.find("uniqueWhen"); It != S.end()) {
    Sink.UniqueWhenArg = It->value("arg", -1);
    Sink.UniqueWhenValues = stringList(*It, "values");
  }
  Sink.Advice = S.value("advice", std::string());
  Sink.DatabaseArg = S.value("databaseArg", -1);
  return Sink;
}

llvm::Expected<std::vector<SqlStatement>> parseStatements(const json &Models, const char *Field) {
  std::vector<SqlStatement> Out;
  for (const json &S : Models.value(Field, json::array())) {
    SqlStatement Statement;
    Statement.Kind = S.value("kind", std::string("table name"));
    Statement.Operation = S.value("operation", std::string());
    Statement.Effect = S.value("effect", std::string("changes"));
    if (Statement.Operation.empty())
      return modelError(std::string(Field) + " entry has no operation");
    auto Pattern = compileRegex(S.value("pattern", std::string()), Field, /*IgnoreCase=*/true);
    if (!Pattern)
      return Pattern.takeError();
    if (!*Pattern)
      return modelError(std::string(Field) + " entry has no pattern");
    Statement.Pattern = *Pattern;
    Statement.NameGroup = S.value("nameGroup", 1u);
    if (Statement.NameGroup > Statement.Pattern->getNumMatches())
      return modelError(std::string(Field) + " entry's nameGroup exceeds its groups");
    Out.push_back(std::move(Statement));
  }
  return Out;
}

} // namespace

llvm::Expected<std::shared_ptr<const TestResourceModels>>
TestResourceModels::parse(const json &Models) {
  auto Result = std::make_shared<TestResourceModels>();
  try {
    const json Bodies = Models.value("testBodies", json::object());
    for (const json &M : Bodies.value("methodsOfSubclasses", json::array())) {
      TestMethodModel T;
      T.Framework = M.value("framework", std::string());
      T.Bases = stringList(M, "bases");
      T.Methods = stringList(M, "methods");
      T.Constructors = M.value("constructors", false);
      if (T.Bases.empty())
        return modelError("test method model '" + T.Framework + "' has no bases");
      Result->TestMethods.push_back(std::move(T));
    }
    for (const json &F : Bodies.value("functions", json::array())) {
      TestFunctionModel T;
      T.Framework = F.value("framework", std::string());
      auto Pattern = compileRegex(F.value("namePattern", std::string()), "namePattern");
      if (!Pattern)
        return Pattern.takeError();
      if (!*Pattern)
        return modelError("test function model '" + T.Framework + "' has no namePattern");
      T.NamePattern = *Pattern;
      Result->TestFunctions.push_back(std::move(T));
    }
    for (const json &R : Bodies.value("registrations", json::array())) {
      TestRegistrationModel T;
      T.Framework = R.value("framework", std::string());
      T.Function = R.value("function", std::string());
      T.ConstructorOf = R.value("constructorOf", std::string());
      T.Arg = R.value("arg", 0u);
      T.CalledMethods = stringList(R, "calledMethods");
      if (T.Function.empty() == T.ConstructorOf.empty())
        return modelError("registration '" + T.Framework +
                          "' needs exactly one of function, constructorOf");
      Result->Registrations.push_back(std::move(T));
    }
    Result->DefaultAdvice = Models.value(
        "defaultAdvice", std::string("derive it from the test name and a random suffix"));
    Result->ExpectFailureMacros = stringList(Models, "expectFailureMacros");
    Result->MockMethodPrefix = Models.value("mockMethodPrefix", std::string());
    const json Private = Models.value("privateDatabases", json::object());
    for (const json &O : Private.value("openers", json::array())) {
      DatabaseOpener Opener;
      Opener.Function = O.value("function", std::string());
      Opener.ConstructorOf = O.value("constructorOf", std::string());
      Opener.Method = O.value("method", std::string());
      Opener.PathArg = O.value("pathArg", 0);
      Opener.HandleArg = O.value("handleArg", 1u);
      if (Opener.Function.empty() + Opener.ConstructorOf.empty() + Opener.Method.empty() != 2)
        return modelError(
            "a privateDatabases opener needs exactly one of function, constructorOf, method");
      if (std::string Prefix = O.value("connectPrefix", std::string()); !Prefix.empty()) {
        auto R = compileRegex(Prefix, "privateDatabases.connectPrefix");
        if (!R)
          return R.takeError();
        Opener.ConnectPrefix = *R;
      }
      Opener.PathKeywords = stringList(O, "pathKeywords");
      Opener.BackendArg = O.value("backendArg", -1);
      Opener.Backends = stringList(O, "backends");
      Opener.RunTimePathPrivate = O.value("runTimePathPrivate", false);
      if ((Opener.BackendArg >= 0) != !Opener.Backends.empty())
        return modelError("a privateDatabases opener needs backendArg with backends");
      Result->DatabaseOpeners.push_back(std::move(Opener));
    }
    auto Paths = compileRegex(Private.value("paths", std::string()), "privateDatabases.paths");
    if (!Paths)
      return Paths.takeError();
    Result->PrivateDatabasePaths = *Paths;
    for (const json &S : Models.value("sinks", json::array())) {
      auto Sink = parseSink(S);
      if (!Sink)
        return Sink.takeError();
      Result->Sinks.push_back(std::move(*Sink));
    }
    const json Commands = Models.value("redisWriteCommands", json::object());
    for (const auto &[Command, Entry] : Commands.items()) {
      // "first" (the keys' positions, written to), or {"keys": "all", "effect": "deletes"}.
      std::string Shape =
          Entry.is_string() ? Entry.get<std::string>() : Entry.value("keys", std::string("first"));
      RedisWriteCommand Write;
      Write.Keys = Shape == "all"         ? RedisKeys::All
                   : Shape == "alternate" ? RedisKeys::Alternate
                                          : RedisKeys::First;
      if (Shape != "first" && Shape != "all" && Shape != "alternate")
        return modelError("redis command '" + Command + "' has unknown key shape '" + Shape + "'");
      Write.Effect = Entry.is_string() ? std::string("writes to")
                                       : Entry.value("effect", std::string("writes to"));
      Result->RedisWriteCommands[llvm::StringRef(Command).upper()] = std::move(Write);
    }
    auto Statements = parseStatements(Models, "sqlStatements");
    if (!Statements)
      return Statements.takeError();
    Result->SqlStatements = std::move(*Statements);
    auto Local = parseStatements(Models, "sqlSessionLocal");
    if (!Local)
      return Local.takeError();
    Result->SqlSessionLocal = std::move(*Local);
  } catch (const json::exception &E) {
    return modelError(std::string("malformed model: ") + E.what());
  }
  return Result;
}

} // namespace clang::tidy::distsys
