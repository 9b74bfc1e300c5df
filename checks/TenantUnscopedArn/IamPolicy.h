//===--- IamPolicy.h - is an IAM policy statement tenant-unscoped? --------===//
//
// The policy logic of distsys-tenant-unscoped-arn, shared by the C++ check (policy text in string
// literals, JsonValue / nlohmann::json builders) and the driver's analysis of policy JSON files.
// No clang AST here: a statement is plain data, and a small JSON reader keeps byte offsets so
// both callers can point at the offending resource.
//
//===----------------------------------------------------------------------===//
#ifndef DISTLINT_CHECKS_IAMPOLICY_H
#define DISTLINT_CHECKS_IAMPOLICY_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/Regex.h"
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace distlint::iam {

//===--- Policy values ----------------------------------------------------===//

/// Part of a string value: literal text, or a value only known at run time (a C++ expression, a
/// CloudFormation Ref) named by its spelling.
struct Piece {
  bool Dynamic = false;
  std::string Text;
};

/// A string as policy code builds it: "arn:aws:s3:::" + bucket + "/*".
struct Value {
  std::vector<Piece> Pieces;
  /// Flattened for messages: run-time parts shown as <spelling>.
  std::string display() const;
};

/// One statement of a policy document, as far as the caller could read it.
struct Statement {
  std::optional<std::string> Effect; // nullopt: not a literal
  std::vector<std::string> Actions;
  bool ActionsUnknown = false; // some action is not a literal
  bool HasNotAction = false, HasNotResource = false;
  std::vector<Value> Resources;
  bool HasCondition = false;
  /// Every string under Condition, keys and values alike.
  std::vector<Value> ConditionStrings;
};

/// A data-plane grant of \p Resources[ResourceIndex] that no tenant scope narrows.
struct UnscopedGrant {
  size_t ResourceIndex = 0;
  std::string Action;   // as the statement spells it: s3:GetObject, s3:*, *
  std::string Resource; // Value::display()
  std::string Missing;  // which scope is missing, as advice
  /// "policy allows 's3:GetObject' on 'arn:aws:s3:::b/*' to every tenant; put the tenant in ..."
  std::string message() const;
};

//===--- Models (rules/distsys-tenant-unscoped-arn.json "models") --------===//

struct ServiceModel {
  std::string Service;                  // s3
  std::vector<std::string> DataActions; // s3:GetObject ...
  std::shared_ptr<llvm::Regex> KeyPart; // group 1 = the part naming an object; null: never in ARN
  std::string Missing;
};

struct PolicyModels {
  std::vector<ServiceModel> Services;
  std::string WildcardMissing;
  std::shared_ptr<llvm::Regex> TenantNames, PrincipalVariables, TenantConditionKeys;
  // Builder APIs, for the C++ check.
  /// Builder classes with With*(key, value) setters: the AWS SDK's JsonValue and Document.
  std::vector<std::string> JsonValueClasses;
  std::string NlohmannClass;
  std::vector<std::string> JsonValueSetters;
  std::shared_ptr<llvm::Regex> TestAssertionMacros;

  static llvm::Expected<std::shared_ptr<const PolicyModels>> parse(const nlohmann::json &Models);
};

/// The unscoped data-plane grants of \p S: none for Deny, NotAction/NotResource, unreadable
/// effects or actions, or a Condition on a tenant key; otherwise one per resource that is '*' or
/// whose object part is only a wildcard, with no tenant variable or tenant value in its path.
std::vector<UnscopedGrant> unscopedGrants(const Statement &S, const PolicyModels &M);

//===--- JSON with byte offsets -------------------------------------------===//

struct JsonNode {
  enum Kind { Null, Bool, Number, String, Array, Object } K = Null;
  size_t Begin = 0, End = 0; // byte offsets of the token / the brackets, End exclusive
  size_t KeyBegin = 0;       // a member of an object: byte offset of its key
  std::string Str;           // String: decoded; Number, Bool: spelling
  std::vector<std::pair<std::string, JsonNode>> Members; // Object, in order
  std::vector<JsonNode> Items;                           // Array
  const JsonNode *get(llvm::StringRef Key) const;
};

/// Reads a JSON text. With \p HoleMarker set, a run of the marker character, digits and the marker
/// again inside a string stands for a run-time value (see splitHoles). Errors carry the byte
/// offset where the text stops being JSON, or where it is nested too deeply to read.
struct JsonError {
  size_t Offset = 0;
  std::string Message;
  /// Not a syntax error: the text is JSON this reader or the policy search does not take.
  bool Unsupported = false;
};
std::optional<JsonNode> parseJson(llvm::StringRef Text, JsonError &Error, char HoleMarker = '\0');

/// 1-based line and byte column of \p Offset in \p Text.
std::pair<unsigned, unsigned> lineColumn(llvm::StringRef Text, size_t Offset);

/// A policy statement found in a JSON document, with the nodes of its resources.
struct JsonStatement {
  Statement S;
  std::vector<const JsonNode *> ResourceNodes; // parallel to S.Resources
};

/// Every statement of every policy document in \p Root: the root itself when it has a Statement,
/// and any PolicyDocument / Document / Policy object below it (CloudFormation, CDK output, IAM API
/// responses). CloudFormation Fn::Join, Fn::Sub, Ref and Fn::GetAtt become Values with run-time
/// parts. \p HoleNames names the holes of a text parsed with a hole marker. \p Unanalysed, when
/// given, receives the first part of the document that was not analysed: containers nested deeper
/// than 64 levels (not searched for policies), a resource's Fn::Join nested deeper than 8, or a
/// key that occurs twice in one object of a policy document (JSON readers disagree on which value
/// counts).
std::vector<JsonStatement> policyStatements(const JsonNode &Root, char HoleMarker = '\0',
                                            const std::vector<std::string> &HoleNames = {},
                                            JsonError *Unanalysed = nullptr);

} // namespace distlint::iam

#endif
