// checks/utils/Summaries: resolving what helpers elsewhere do, and the summary file format.
#include "utils/Summaries.h"

#include <gtest/gtest.h>

using namespace clang::tidy::distsys;

namespace {

const char Topic[] = "distsys-missing-timeout/libcurl";

ParamRef param(const std::string &Usr, unsigned Index = 0) { return {Topic, Usr, Index}; }

ParamFact uses(std::vector<ParamRef> Unless = {}) { return {false, std::move(Unless)}; }
ParamFact configures() { return {true, {}}; }

const char Resources[] = "distsys-check-then-create/aws-dynamodb-tables";
ParamRef resource(const std::string &Usr, unsigned Index = 0) { return {Resources, Usr, Index}; }
ParamRef outgoing(const std::string &Usr) {
  return {"distsys-unpropagated-trace-context/outgoing", Usr, ParamRef::WholeFunction};
}
ParamFact resourceFact(bool Checks, bool Creates) {
  ParamFact Fact;
  Fact.Checks = Checks;
  Fact.Creates = Creates;
  return Fact;
}

TEST(Summaries, ChainsResolveToTheirEnds) {
  SummarySet Set;
  Set.add(param("a"), uses({param("b")}));
  Set.add(param("b"), uses({param("c", 1)}));
  Set.add(param("c", 1), configures());
  Set.add(param("d"), uses({param("e")}));
  Set.add(param("e"), uses());
  EXPECT_EQ(HandleFate::Configured, Set.resolve(param("a")));
  EXPECT_EQ(HandleFate::Unconfigured, Set.resolve(param("d")));
  // Another parameter of the same function, or the same one under another topic, is unknown.
  EXPECT_EQ(HandleFate::Escapes, Set.resolve(param("c", 0)));
  EXPECT_EQ(HandleFate::Escapes, Set.resolve({"distsys-missing-timeout/gRPC", "e", 0}));
}

TEST(Summaries, OneConfiguringHelperWinsAnUnknownOneEscapes) {
  SummarySet Set;
  Set.add(param("both"), uses({param("unknown"), param("sets")}));
  Set.add(param("sets"), configures());
  Set.add(param("partly"), uses({param("plain"), param("unknown")}));
  Set.add(param("plain"), uses());
  EXPECT_EQ(HandleFate::Configured, Set.resolve(param("both")));
  EXPECT_EQ(HandleFate::Escapes, Set.resolve(param("partly")));
}

TEST(Summaries, CyclesAndDeepChainsAreUnknown) {
  SummarySet Set;
  Set.add(param("x"), uses({param("y")}));
  Set.add(param("y"), uses({param("x")}));
  EXPECT_EQ(HandleFate::Escapes, Set.resolve(param("x")));
  for (int I = 0; I < 20; ++I)
    Set.add(param("f" + std::to_string(I)), uses({param("f" + std::to_string(I + 1))}));
  Set.add(param("f20"), uses());
  EXPECT_EQ(HandleFate::Escapes, Set.resolve(param("f0")));
  EXPECT_EQ(HandleFate::Unconfigured, Set.resolve(param("f15")));
}

TEST(Summaries, MergeKeepsTheFirstFact) {
  SummarySet First, Second;
  First.add(param("inline"), uses());
  Second.add(param("inline"), configures());
  Second.add(param("other"), configures());
  First.merge(Second);
  EXPECT_EQ(HandleFate::Unconfigured, First.resolve(param("inline")));
  EXPECT_EQ(HandleFate::Configured, First.resolve(param("other")));
  EXPECT_EQ(2u, First.size());
}

TEST(Summaries, PremisesNeedWhatTheSummarySays) {
  SummarySet Set;
  Set.add(param("plain"), uses());
  Set.add(param("sets"), configures());
  Set.add(resource("exists"), resourceFact(true, false));
  Set.add(resource("create"), resourceFact(false, true));
  using Needs = Premise::Needs;
  EXPECT_TRUE(Set.holds({param("plain"), Needs::OnlyUses}));
  EXPECT_FALSE(Set.holds({param("sets"), Needs::OnlyUses}));
  EXPECT_FALSE(Set.holds({param("unknown"), Needs::OnlyUses}));
  EXPECT_TRUE(Set.holds({resource("exists"), Needs::Checks}));
  EXPECT_FALSE(Set.holds({resource("exists"), Needs::Creates}));
  EXPECT_TRUE(Set.holds({resource("create"), Needs::Creates}));
  EXPECT_FALSE(Set.holds({resource("create", 1), Needs::Creates}));
  EXPECT_FALSE(Set.holds({resource("unknown"), Needs::Checks}));
}

TEST(Summaries, CallsOutThroughOtherFilesEndsAtDirectFacts) {
  SummarySet Set;
  auto via = [](std::vector<ParamRef> Helpers) {
    ParamFact Fact;
    Fact.Via = std::move(Helpers);
    return Fact;
  };
  ParamFact Direct;
  Direct.CallsOut = true;
  Set.add(outgoing("client"), via({outgoing("quiet"), outgoing("backend")}));
  Set.add(outgoing("backend"), Direct);
  Set.add(outgoing("quiet"), via({outgoing("unknown")}));
  Set.add(outgoing("ping"), via({outgoing("pong")}));
  Set.add(outgoing("pong"), via({outgoing("ping")}));
  using Needs = Premise::Needs;
  EXPECT_TRUE(Set.holds({outgoing("client"), Needs::CallsOut}));
  EXPECT_FALSE(Set.holds({outgoing("quiet"), Needs::CallsOut}));
  EXPECT_FALSE(Set.holds({outgoing("ping"), Needs::CallsOut}));
  auto Read = SummarySet::fromJson(Set.toJson(), "summaries.json");
  ASSERT_TRUE(static_cast<bool>(Read)) << llvm::toString(Read.takeError());
  EXPECT_TRUE(Read->holds({outgoing("client"), Needs::CallsOut}));
  EXPECT_EQ(Set.toJson(), Read->toJson());
}

TEST(Summaries, FactsOfOneBodyJoin) {
  SummarySet Set;
  Set.add(resource("ensure"), resourceFact(true, false));
  Set.add(resource("ensure"), resourceFact(false, true));
  EXPECT_TRUE(Set.holds({resource("ensure"), Premise::Needs::Checks}));
  EXPECT_TRUE(Set.holds({resource("ensure"), Premise::Needs::Creates}));
  EXPECT_EQ(1u, Set.size());
}

TEST(Summaries, SessionLocalTablesHoldUnlessSaid) {
  ParamRef Events{"distsys-hardcoded-test-resource-id/session-tables", "events",
                  ParamRef::WholeFunction};
  ParamRef Audit{Events.Topic, "audit", ParamRef::WholeFunction};
  using Needs = Premise::Needs;
  SummarySet Set;
  EXPECT_TRUE(Set.holds({Events, Needs::NotSessionLocal}));
  ParamFact Temporary;
  Temporary.SessionLocal = true;
  Set.add(Events, Temporary);
  EXPECT_FALSE(Set.holds({Events, Needs::NotSessionLocal}));
  EXPECT_TRUE(Set.holds({Audit, Needs::NotSessionLocal}));
  // Without summaries at all (the plugin with no SummaryFile) nothing says a table is temporary.
  std::vector<Premise> Condition;
  EXPECT_TRUE(mayHold({Audit, Needs::NotSessionLocal}, nullptr, Condition));
  EXPECT_FALSE(mayHold({Audit, Needs::Creates}, nullptr, Condition));
  EXPECT_TRUE(Condition.empty());
  auto Read = SummarySet::fromJson(Set.toJson(), "summaries.json");
  ASSERT_TRUE(static_cast<bool>(Read)) << llvm::toString(Read.takeError());
  EXPECT_FALSE(Read->holds({Events, Needs::NotSessionLocal}));
  EXPECT_EQ(Set.toJson(), Read->toJson());
  auto WithParam = SummarySet::fromJson(
      R"({"version": 2, "topics": {"t": {"events": [{"fact": "session-local", "param": 0}]}}})",
      "s.json");
  ASSERT_FALSE(static_cast<bool>(WithParam));
  EXPECT_NE(llvm::toString(WithParam.takeError()).find("takes no \"param\""), std::string::npos);
}

TEST(Summaries, FileRoundTrips) {
  SummarySet Set;
  Set.add(param("a", 2), uses({param("b")}));
  Set.add(param("b"), configures());
  Set.add(resource("ensure"), resourceFact(true, true));
  Set.add(resource("exists", 1), resourceFact(true, false));
  ParamFact CallsOut;
  CallsOut.CallsOut = true;
  Set.add(outgoing("notify"), CallsOut);
  auto Read = SummarySet::fromJson(Set.toJson(), "summaries.json");
  ASSERT_TRUE(static_cast<bool>(Read)) << llvm::toString(Read.takeError());
  EXPECT_TRUE(Read->holds({resource("ensure"), Premise::Needs::Creates}));
  EXPECT_TRUE(Read->holds({resource("ensure"), Premise::Needs::Checks}));
  EXPECT_FALSE(Read->holds({resource("exists", 1), Premise::Needs::Creates}));
  EXPECT_TRUE(Read->holds({outgoing("notify"), Premise::Needs::CallsOut}));
  EXPECT_FALSE(Read->holds({outgoing("quiet"), Premise::Needs::CallsOut}));
  EXPECT_EQ(Set.toJson(), Read->toJson());
  EXPECT_EQ(HandleFate::Configured, Read->resolve(param("a", 2)));
}

TEST(Summaries, MalformedFilesAreErrorsThatSayWhy) {
  auto Error = [](const char *Text) {
    auto Read = SummarySet::fromJson(Text, "s.json");
    return Read ? std::string("(read)") : llvm::toString(Read.takeError());
  };
  EXPECT_NE(std::string::npos, Error("[]").find("not a distlint summary file"));
  EXPECT_NE(std::string::npos, Error(R"({"version": 1})").find("version 1 is not 2"));
  EXPECT_NE(std::string::npos, Error(R"({"version": 2, "topics": []})").find("not an object"));
  EXPECT_NE(std::string::npos,
            Error(R"({"version": 2, "topics": {"t": {"f": [{"param": -1, "fact": "uses"}]}}})")
                .find("needs \"param\""));
  EXPECT_NE(std::string::npos,
            Error(R"({"version": 2, "topics": {"t": {"f": [{"param": 0, "fact": "maybe"}]}}})")
                .find("\"configures\", \"uses\", \"checks\", \"creates\""));
  EXPECT_NE(std::string::npos,
            Error(R"({"version": 2, "topics": {"t": {"f": [{"param": 0, "fact": "calls-out"}]}}})")
                .find("takes no \"param\""));
  EXPECT_NE(std::string::npos,
            Error(R"({"version": 2, "topics": {"t": {"f": [{"param": 0, "fact": "uses",
                      "unless": [{"param": 0}]}]}}})")
                .find("\"unless\" entries need"));
  EXPECT_NE(std::string::npos, Error("{").find("s.json"));
  EXPECT_EQ("(read)", Error(R"({"version": 2})"));
}

} // namespace
