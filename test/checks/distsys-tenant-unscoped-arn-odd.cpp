// RUN: %check_distlint %s distsys-tenant-unscoped-arn %t -- -std=c++17 -I%stubs
// Odd code: templates, macros, constants spliced into policy text, declarations without bodies,
// look-alike keys that are not policies. Nothing here may crash the check.
#include <aws/core/utils/json/JsonSerializer.h>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

using Aws::Utils::Json::JsonValue;

// A constant ARN spliced into policy text: reported at the constant.
const std::string kArchive = "arn:aws:s3:::archive/*";
// CHECK-MESSAGES: :[[@LINE-1]]:31: warning: policy allows 's3:GetObject' on 'arn:aws:s3:::archive/*' to every tenant; put the tenant in the object key (bucket/${aws:PrincipalTag/tenant_id}/*) or add an s3:ExistingObjectTag/tenant_id condition [distsys-tenant-unscoped-arn]
std::string archivePolicy() {
  return "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"" +
         kArchive + "\"}]}";
}

// A statement built in a template, for a dependent JSON type, and instantiated twice.
template <typename Json> Json statementFor(const std::string &Bucket) {
  Json Statement;
  Statement["Effect"] = "Allow";
  Statement["Action"] = "s3:GetObject";
  Statement["Resource"] = "arn:aws:s3:::" + Bucket + "/*";
// CHECK-MESSAGES: :[[@LINE-1]]:27: warning: policy allows 's3:GetObject' on 'arn:aws:s3:::<Bucket>/*' to every tenant; put the tenant in the object key (bucket/${aws:PrincipalTag/tenant_id}/*) or add an s3:ExistingObjectTag/tenant_id condition [distsys-tenant-unscoped-arn]
  return Statement;
}
template nlohmann::json statementFor<nlohmann::json>(const std::string &);

template <typename T> JsonValue dependentValue(const T &Resource) {
  JsonValue Statement;
  Statement.WithString("Effect", "Allow").WithString("Action", "s3:GetObject").WithString("Resource", Resource);
  return Statement;
}

// Policy text from a macro: reported at the macro's use.
#define READ_ALL_POLICY R"({"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]})"
const char *const kFromMacro = READ_ALL_POLICY;
// CHECK-MESSAGES: :[[@LINE-1]]:32: warning: policy allows 's3:GetObject' on '*' to every tenant; name the tenant's own resources instead of '*' [distsys-tenant-unscoped-arn]

// Declarations without bodies, and a lambda.
JsonValue declaredOnly(const JsonValue &Statement);
auto Lambda = [](const std::string &TenantId) {
  nlohmann::json Statement;
  Statement["Effect"] = "Allow";
  Statement["Action"] = "s3:PutObject";
  Statement["Resource"] = "arn:aws:s3:::uploads/" + TenantId + "/*";
  return Statement;
};

// Look-alikes: a std::map keyed "Resource", a wide literal, text that is not JSON, a Statement
// without Resource, a policy whose effect is only known at run time.
std::map<std::string, std::string> Labels = {{"Effect", "Allow"}, {"Resource", "arn:aws:s3:::b/*"}};
const wchar_t *const kWide = LR"({"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]})";
const char *const kNotJson = "\"Statement\" {Effect: Allow, Resource: *}";
const char *const kNoResource = R"({"Statement": [{"Effect": "Allow", "Action": "s3:GetObject"}]})";
std::string runtimeEffect(const std::string &Effect) {
  return "{\"Statement\": [{\"Effect\": \"" + Effect + "\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}";
}
