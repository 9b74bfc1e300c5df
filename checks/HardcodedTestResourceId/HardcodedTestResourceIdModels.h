//===--- HardcodedTestResourceIdModels.h - models of distsys-hardcoded-test-resource-id ---===//
//
// Typed view of the "models" section of rules/distsys-hardcoded-test-resource-id.json (plus user
// model files): which functions are test bodies in each test framework, and which arguments of
// which APIs name a resource in a shared system.
//
//===----------------------------------------------------------------------===//
#ifndef DISTLINT_CHECKS_HARDCODEDTESTRESOURCEIDMODELS_H
#define DISTLINT_CHECKS_HARDCODEDTESTRESOURCEIDMODELS_H

#include "llvm/Support/Error.h"
#include "llvm/Support/Regex.h"
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace clang::tidy::distsys {

/// Test bodies that are methods of classes derived from a framework base (GoogleTest's TEST
/// expands to a ::testing::Test subclass whose TestBody() holds the body).
struct TestMethodModel {
  std::string Framework;
  std::vector<std::string> Bases;
  std::vector<std::string> Methods;
  bool Constructors = false;
};

/// Test bodies registered by passing their address to a framework function or constructor
/// (Catch2's TEST_CASE: Catch::makeTestInvoker(&fn)). CalledMethods: methods the registered
/// function calls that hold the body (Boost.Test's invoker calls test_method()).
struct TestRegistrationModel {
  std::string Framework;
  std::string Function;
  std::string ConstructorOf;
  unsigned Arg = 0;
  std::vector<std::string> CalledMethods;
};

/// Test bodies of a harness without registration (a C test program whose main() calls its
/// test_* functions): functions whose name matches NamePattern.
struct TestFunctionModel {
  std::string Framework;
  std::shared_ptr<llvm::Regex> NamePattern;
};

enum class ArgFormat { Plain, Redis, Sql };

/// An argument that names a resource an operation creates, writes or deletes: of a function, of a
/// constructor, or of methods of classes whose "::"-prefixed qualified name matches MethodsOf.
/// Operation and Effect make the message: "<Operation> <Effect> it" ("CreateTable creates it").
struct ResourceSink {
  std::string Kind;
  std::string Operation;
  std::string Effect;
  std::string Function;
  std::string ConstructorOf;
  std::vector<std::string> Methods;
  std::shared_ptr<llvm::Regex> MethodsOf;
  unsigned Arg = 0;
  ArgFormat Format = ArgFormat::Plain;
  std::shared_ptr<llvm::Regex> ValuePattern; // only literals matching it are identifiers
  int UniqueWhenArg = -1;                    // the system makes the name unique when this
  std::vector<std::string> UniqueWhenValues; // argument names one of these constants
  std::string Advice;
  int DatabaseArg = -1; // the connection: statements on a private database share nothing
};

/// A function that opens a database connection into *HandleArg from the path PathArg.
/// A call that opens a database connection: a function filling a handle (`sqlite3_open(p, &db)`),
/// a constructor of the handle (`soci::session sql("sqlite3", p)`) or a method on it
/// (`sql.open("sqlite3", p)`).
struct DatabaseOpener {
  std::string Function, ConstructorOf, Method;
  int PathArg = 0; // negative: the last argument
  unsigned HandleArg = 1;
  /// Connect strings: a prefix to drop (`sqlite3://`) and the keywords whose value is the path
  /// (`db=:memory:`); a string without any of them is the path.
  std::shared_ptr<llvm::Regex> ConnectPrefix;
  std::vector<std::string> PathKeywords;
  /// Multi-database libraries: the opener applies only where the argument BackendArg (when given
  /// besides the path) names one of Backends: a string, a factory variable, or a function
  /// returning one.
  int BackendArg = -1;
  std::vector<std::string> Backends;
  /// An embedded database whose path is chosen at run time (a test's command line) belongs to
  /// whoever runs the test: private unless a fixed path says otherwise.
  bool RunTimePathPrivate = false;
};

/// A SQL statement shape naming a table: Pattern (case-insensitive) with the name in NameGroup.
struct SqlStatement {
  std::string Kind;
  std::string Operation; // "CREATE TABLE"
  std::string Effect;    // "creates"
  std::shared_ptr<llvm::Regex> Pattern;
  unsigned NameGroup = 1;
};

enum class RedisKeys { First, All, Alternate };

/// A Redis command that changes the keys in its Keys positions.
struct RedisWriteCommand {
  RedisKeys Keys = RedisKeys::First;
  std::string Effect;
};

struct TestResourceModels {
  std::vector<TestMethodModel> TestMethods;
  std::vector<TestRegistrationModel> Registrations;
  std::vector<TestFunctionModel> TestFunctions;
  std::string DefaultAdvice;
  /// Assertions that the statement they are given fails (EXPECT_THROW): an operation in one
  /// creates nothing.
  std::vector<std::string> ExpectFailureMacros;
  /// Databases private to the process: opened by one of Openers on a path matching Paths
  /// (SQLite's ":memory:", or "" for a temporary file).
  std::vector<DatabaseOpener> DatabaseOpeners;
  std::shared_ptr<llvm::Regex> PrivateDatabasePaths;
  /// The prefix of the member a mocking framework declares for each mocked method (GoogleTest's
  /// MOCK_METHOD(..., CreateTable, ...) declares gmock_CreateTable): a request sent only to
  /// such methods reaches no shared system.
  std::string MockMethodPrefix;
  std::vector<ResourceSink> Sinks;
  std::map<std::string, RedisWriteCommand> RedisWriteCommands; // by upper-case command
  std::vector<SqlStatement> SqlStatements;
  std::vector<SqlStatement> SqlSessionLocal; // names that are private to the session

  static llvm::Expected<std::shared_ptr<const TestResourceModels>>
  parse(const nlohmann::json &Models);
};

} // namespace clang::tidy::distsys

#endif
