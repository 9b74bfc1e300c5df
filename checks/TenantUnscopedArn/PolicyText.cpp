//===--- PolicyText.cpp - policy JSON written as text ---------------------===//
//
// distsys-tenant-unscoped-arn's policy-text family: a policy written as JSON text in a string
// literal, or in a "+" chain of literals and run-time values. The text is parsed with run-time
// parts as holes (IamPolicy.h), and each unscoped grant is reported at its resource string.
//
//===----------------------------------------------------------------------===//
#include "TenantUnscopedArnAnalysis.h"
#include "TenantUnscopedArnCheck.h"

#include "clang/Basic/TargetInfo.h"

namespace clang::tidy::distsys {
using namespace tenant_arn;
namespace {

constexpr char HoleMarker = '\x1a';

} // namespace

/// JSON policy text: a literal, or a "+" chain of literals and run-time values.
void TenantUnscopedArnCheck::checkPolicyText(const StringLiteral &Literal, ASTContext &Context) {
  // The whole concatenation the literal is part of.
  const Expr *Root = &Literal;
  for (const Stmt *P = parentThroughWrappers(Literal, Context); asPlus(dyn_cast_or_null<Expr>(P));
       P = parentThroughWrappers(*P, Context))
    Root = cast<Expr>(P);
  if (!Seen.insert(Root).second ||
      isExpectedValue(*Root, Context, Models->TestAssertionMacros.get()))
    return;

  LocatedValue Value;
  Reader(Context, enclosingFunction(*Root, Context)).value(Root, Value);
  std::string Text;
  std::vector<std::string> HoleNames;
  std::vector<std::pair<size_t, const StringLiteral *>> Starts; // offset in Text -> literal
  for (size_t I = 0; I < Value.V.Pieces.size(); ++I) {
    const iam::Piece &P = Value.V.Pieces[I];
    if (P.Dynamic) {
      Text += HoleMarker + std::to_string(HoleNames.size()) + HoleMarker;
      HoleNames.push_back(P.Text);
    } else {
      Starts.emplace_back(Text.size(), Value.Literals[I]);
      Text += P.Text;
    }
  }
  iam::JsonError Error;
  auto Json = iam::parseJson(Text, Error, HoleMarker);
  if (!Json)
    return; // not JSON after all (a log message, a fragment)

  const SourceManager &SM = Context.getSourceManager();
  for (const iam::JsonStatement &J : iam::policyStatements(*Json, HoleMarker, HoleNames)) {
    for (const iam::UnscopedGrant &G : iam::unscopedGrants(J.S, *Models)) {
      // The first character of the resource string, after its opening quote.
      size_t Offset = J.ResourceNodes[G.ResourceIndex]->Begin + 1;
      SourceLocation Loc = Root->getBeginLoc();
      for (auto It = Starts.rbegin(); It != Starts.rend(); ++It) {
        if (It->first > Offset)
          continue;
        const StringLiteral *L = It->second;
        unsigned Byte = Offset - It->first;
        Loc = L->getBeginLoc();
        if (Loc.isFileID() && Byte < L->getByteLength())
          Loc = L->getLocationOfByte(Byte, SM, Context.getLangOpts(), Context.getTargetInfo());
        break;
      }
      if (Reported.insert(Loc).second)
        diag(Loc, "%0") << G.message();
    }
  }
}

} // namespace clang::tidy::distsys
