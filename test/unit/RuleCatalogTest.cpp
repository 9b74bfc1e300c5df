//===--- RuleCatalogTest.cpp - rule files and user model files ------------===//
#include "utils/RuleCatalog.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "gtest/gtest.h"
#include <fstream>

namespace distlint {
namespace {
using nlohmann::json;

json validRule() {
  return json::parse(R"({
    "id": "distsys-x", "name": "X", "summary": "S.", "description": "D.", "fix": "F.",
    "help": "H", "level": "warning", "precision": "high", "maturity": "stable",
    "tags": ["external/cwe/cwe-400"], "options": [
      {"name": "Opt", "default": "1", "description": "An option."}],
    "models": {"things": [1]}})");
}

std::string parseError(const json &Rule) {
  std::string Text = Rule.dump();
  auto Catalog = RuleCatalog::parse({{"rules/distsys-x.json", Text.c_str()}});
  if (Catalog)
    return "";
  return llvm::toString(Catalog.takeError());
}

TEST(RuleCatalog, ParsesAValidRule) {
  std::string Text = validRule().dump();
  auto Catalog = RuleCatalog::parse({{"rules/distsys-x.json", Text.c_str()}});
  ASSERT_TRUE(static_cast<bool>(Catalog)) << llvm::toString(Catalog.takeError());
  const Rule *R = Catalog->find("distsys-x");
  ASSERT_NE(R, nullptr);
  EXPECT_EQ(R->Name, "X");
  EXPECT_EQ(R->Options.size(), 1u);
  EXPECT_EQ(R->Options[0].Default, "1");
  EXPECT_EQ(R->Models["things"], json({1}));
  EXPECT_EQ(Catalog->indexOf("distsys-x"), 0);
  EXPECT_EQ(Catalog->indexOf("distsys-unknown"), -1);
  EXPECT_EQ(R->docPath(), "docs/checks/distsys-x.md");
}

TEST(RuleCatalog, ErrorsNameTheFileAndTheField) {
  EXPECT_EQ(parseError(json::array()), "rules/distsys-x.json: not a JSON object");
  for (const char *Field : {"id", "name", "summary", "description", "fix", "help", "level",
                            "precision", "maturity"}) {
    json Rule = validRule();
    Rule.erase(Field);
    EXPECT_EQ(parseError(Rule), std::string("rules/distsys-x.json: field '") + Field +
                                    "' must be a non-empty string");
    Rule[Field] = 3;
    EXPECT_EQ(parseError(Rule), std::string("rules/distsys-x.json: field '") + Field +
                                    "' must be a non-empty string");
  }
  json Rule = validRule();
  Rule["level"] = "fatal";
  EXPECT_EQ(parseError(Rule),
            "rules/distsys-x.json: field 'level' must be error, warning or note");
  Rule = validRule();
  Rule["tags"] = {"ok", 3};
  EXPECT_EQ(parseError(Rule), "rules/distsys-x.json: field 'tags' must be an array of strings");
  Rule = validRule();
  Rule["securitySeverity"] = 7.5;
  EXPECT_EQ(parseError(Rule),
            "rules/distsys-x.json: field 'securitySeverity' must be a string like \"7.5\"");
  Rule = validRule();
  Rule["options"] = {{{"name", "Opt"}}};
  EXPECT_EQ(parseError(Rule),
            "rules/distsys-x.json: field 'options' entries need name, default and description");
}

TEST(RuleCatalog, DuplicateIdsAreRejected) {
  std::string Text = validRule().dump();
  auto Catalog = RuleCatalog::parse({{"rules/a.json", Text.c_str()}, {"rules/b.json", Text.c_str()}});
  ASSERT_FALSE(static_cast<bool>(Catalog));
  EXPECT_EQ(llvm::toString(Catalog.takeError()), "rules/b.json: duplicate rule id 'distsys-x'");
}

TEST(RuleCatalog, BuiltinRulesAreSortedAndDocumented) {
  const RuleCatalog &Catalog = RuleCatalog::builtin();
  ASSERT_FALSE(Catalog.rules().empty());
  for (size_t I = 0; I < Catalog.rules().size(); ++I) {
    const Rule &R = Catalog.rules()[I];
    if (I)
      EXPECT_LT(Catalog.rules()[I - 1].Id, R.Id);
    EXPECT_EQ(Catalog.indexOf(R.Id), static_cast<int>(I));
    EXPECT_TRUE(llvm::StringRef(R.Id).starts_with("distsys-")) << R.Id;
    bool HasCwe = false;
    for (const std::string &Tag : R.Tags)
      HasCwe |= llvm::StringRef(Tag).starts_with("external/cwe/cwe-");
    EXPECT_TRUE(HasCwe) << R.Id;
  }
}

class ModelFilesTest : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("distlint-models", Root));
    Sub = (Root + "/project/src").str();
    ASSERT_FALSE(llvm::sys::fs::create_directories(Sub));
  }
  void TearDown() override { llvm::sys::fs::remove_directories(Root); }
  std::string write(const std::string &Relative, const std::string &Text) {
    std::string Path = (Root + "/" + Relative).str();
    std::ofstream(Path) << Text;
    return Path;
  }
  std::string error(llvm::Expected<const json *> Models) {
    if (Models)
      return "";
    return llvm::toString(Models.takeError());
  }
  llvm::SmallString<128> Root;
  std::string Sub;
};

TEST_F(ModelFilesTest, NoFilesGiveTheBuiltinModels) {
  auto Models = modelsFor("distsys-missing-timeout", "", Sub);
  ASSERT_TRUE(static_cast<bool>(Models));
  EXPECT_EQ(*Models, &RuleCatalog::builtin().find("distsys-missing-timeout")->Models);
}

TEST_F(ModelFilesTest, UserFilesExtendArraysAndMergeObjects) {
  const json &Builtin = RuleCatalog::builtin().find("distsys-missing-timeout")->Models;
  size_t BuiltinHandles = Builtin["handles"].size();
  write("project/models.json", R"({
      "distsys-missing-timeout": {"handles": [{"api": "inhouse"}], "extra": {"a": 1}},
      "distsys-some-other-rule": {"handles": [{"api": "ignored"}]}})");
  std::string Second = write("second.json", R"({
      "distsys-missing-timeout": {"handles": [{"api": "second"}], "extra": {"b": 2}}})");
  // The relative name is found upwards from the analysed file's directory.
  auto Models = modelsFor("distsys-missing-timeout", "models.json; " + Second, Sub);
  ASSERT_TRUE(static_cast<bool>(Models)) << llvm::toString(Models.takeError());
  const json &Merged = **Models;
  ASSERT_EQ(Merged["handles"].size(), BuiltinHandles + 2);
  EXPECT_EQ(Merged["handles"][BuiltinHandles]["api"], "inhouse");
  EXPECT_EQ(Merged["handles"][BuiltinHandles + 1]["api"], "second");
  EXPECT_EQ(Merged["extra"], json({{"a", 1}, {"b", 2}}));
  EXPECT_EQ(Builtin["handles"].size(), BuiltinHandles); // the catalog is untouched
  // The same request is answered from the cache.
  auto Again = modelsFor("distsys-missing-timeout", "models.json; " + Second, Sub);
  ASSERT_TRUE(static_cast<bool>(Again));
  EXPECT_EQ(*Again, *Models);
}

TEST_F(ModelFilesTest, RedefiningABuiltinFamilyNeedsReplaces) {
  const json &Builtin = RuleCatalog::builtin().find("distsys-tenant-unscoped-arn")->Models;
  size_t Services = Builtin["services"].size();
  // S3 again without its data actions would silently switch the S3 analysis off.
  std::string Shadow = write("shadow.json", R"({
      "distsys-tenant-unscoped-arn": {"services": [{"service": "s3", "dataActions": []}]}})");
  EXPECT_EQ(error(modelsFor("distsys-tenant-unscoped-arn", Shadow, Sub)),
            "model file '" + Shadow +
                "': 'services' entry with service 's3' redefines one already defined; add "
                "\"replaces\": true to replace it, or give it a name of its own");
  std::string Replace = write("replace.json", R"({
      "distsys-tenant-unscoped-arn": {"services": [{"service": "s3", "replaces": true,
                                                    "dataActions": ["s3:GetObject"]}]}})");
  auto Replaced = modelsFor("distsys-tenant-unscoped-arn", Replace, Sub);
  ASSERT_TRUE(static_cast<bool>(Replaced)) << llvm::toString(Replaced.takeError());
  const json &Merged = (**Replaced)["services"];
  ASSERT_EQ(Merged.size(), Services);
  auto S3 = std::find_if(Merged.begin(), Merged.end(),
                         [](const json &E) { return E["service"] == "s3"; });
  ASSERT_NE(S3, Merged.end());
  EXPECT_EQ((*S3)["dataActions"], json::array({"s3:GetObject"}));
  EXPECT_FALSE(S3->contains("replaces"));
  // A family of its own is appended as before.
  std::string Own = write("own.json", R"({
      "distsys-tenant-unscoped-arn": {"services": [{"service": "inhouse-store"}]}})");
  auto Appended = modelsFor("distsys-tenant-unscoped-arn", Own, Sub);
  ASSERT_TRUE(static_cast<bool>(Appended));
  EXPECT_EQ((**Appended)["services"].size(), Services + 1);
}

TEST_F(ModelFilesTest, BadModelFilesAreErrors) {
  EXPECT_EQ(error(modelsFor("distsys-no-such-rule", "", Sub)), "unknown rule 'distsys-no-such-rule'");
  std::string Missing = (Root + "/missing.json").str();
  EXPECT_EQ(error(modelsFor("distsys-missing-timeout", Missing, Sub)),
            "cannot read model file '" + Missing + "': No such file or directory");
  std::string NotObject = write("array.json", "[1, 2]");
  EXPECT_EQ(error(modelsFor("distsys-missing-timeout", NotObject, Sub)),
            "model file '" + NotObject + "' is not a JSON object");
  std::string Broken = write("broken.json", "{\"distsys-missing-timeout\": ");
  EXPECT_EQ(error(modelsFor("distsys-missing-timeout", Broken, Sub)),
            "model file '" + Broken + "' is not valid JSON");
  std::string WrongShape = write("shape.json", R"({"distsys-missing-timeout": [1]})");
  EXPECT_EQ(error(modelsFor("distsys-missing-timeout", WrongShape, Sub)),
            "model file '" + WrongShape + "': 'distsys-missing-timeout' must map to an object");
}

} // namespace
} // namespace distlint
