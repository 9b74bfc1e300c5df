// The typed models of distsys-missing-timeout: the built-in ones parse, and a malformed user
// model is rejected with a message that names the model and the field at fault.
#include "MissingTimeout/MissingTimeoutModels.h"
#include "utils/RuleCatalog.h"

#include <gtest/gtest.h>

using clang::tidy::distsys::TimeoutModels;
using nlohmann::json;

namespace {

std::string parseError(const char *Text) {
  auto Models = TimeoutModels::parse(json::parse(Text));
  if (Models)
    return "";
  return llvm::toString(Models.takeError());
}

TEST(MissingTimeoutModels, BuiltinModelsParse) {
  auto Json = distlint::modelsFor("distsys-missing-timeout", "", "");
  ASSERT_TRUE(static_cast<bool>(Json)) << llvm::toString(Json.takeError());
  auto Models = TimeoutModels::parse(**Json);
  ASSERT_TRUE(static_cast<bool>(Models)) << llvm::toString(Models.takeError());
  const TimeoutModels &M = **Models;
  EXPECT_GE(M.Handles.size(), 5u); // curl, gRPC, hiredis + two library defaults
  EXPECT_EQ(2, llvm::count_if(M.Handles, [](const auto &H) { return H.LibraryDefault; }));
  EXPECT_FALSE(M.ConnectionStrings.empty());
  EXPECT_FALSE(M.InfiniteArguments.empty());
  EXPECT_FALSE(M.ExpiringStreams.empty());
  EXPECT_EQ(2, llvm::count_if(M.UnboundedOperations, [](const auto &U) { return U.OptIn; }));
}

TEST(MissingTimeoutModels, RejectsMalformedModels) {
  EXPECT_NE(std::string::npos,
            parseError(R"({"handles": [{"api": "x", "handleType": "X",
                           "timeoutSetters": [{"method": "m"}]}]})")
                .find("'x' has no message"));
  EXPECT_NE(std::string::npos,
            parseError(R"({"handles": [{"api": "x", "handleType": "X", "message": "m",
                           "operations": [{"methodOfClass": "X", "handleArg": "self"}],
                           "timeoutSetters": [{"method": "m"}]}]})")
                .find("handleArg"));
  EXPECT_NE(std::string::npos,
            parseError(R"({"infiniteArguments": [{"api": "k", "functions": ["f"],
                           "infiniteValues": [-1], "message": "m"}]})")
                .find("'k' needs functions, param or arg"));
  EXPECT_NE(std::string::npos,
            parseError(R"({"unboundedWaits": [{"api": "w", "functions": ["f"], "methods": ["g"],
                           "objectTypes": ["T"], "message": "m"}]})")
                .find("'w' needs one of functions, methods"));
  EXPECT_NE(std::string::npos,
            parseError(R"({"connectionStrings": [{"api": "pq", "functions": ["f"]}]})")
                .find("'pq' needs keyword and message"));
  EXPECT_NE(std::string::npos,
            parseError(R"({"connectionStrings": [{"api": "soci", "functions": ["f"],
                           "keyword": "k", "message": "m", "backendArg": 0}]})")
                .find("'soci' needs backendArg with backends"));
  EXPECT_NE(std::string::npos,
            parseError(R"({"handles": [{"api": "x", "handleType": "X", "message": "m",
                           "operations": [{"methodOfClass": "("}],
                           "timeoutSetters": [{"method": "m"}]}]})")
                .find("not a valid regex"));
}

TEST(MissingTimeoutModels, ConstructorConfigReplacesSetters) {
  EXPECT_EQ("", parseError(R"({"libraryDefaults": [{"api": "c", "handleType": "C",
                               "message": "m", "constructorConfig": {"arg": 1,
                               "setters": ["set_timeout"]}}]})"));
}

} // namespace
