// Test stub of the AWS SDK for C++ (aws-cpp-sdk-core) JSON builder: the public API of
// aws/core/utils/json/JsonSerializer.h (Aws::Utils::Json::JsonValue / JsonView); Aws::String,
// Aws::IStream and Aws::Utils::Array come from their own stub headers. Declarations only: the
// tests are analysed, never linked.
#pragma once

#include <aws/core/utils/Array.h>
#include <aws/core/utils/memory/stl/AWSStreamFwd.h>
#include <aws/core/utils/memory/stl/AWSString.h>

#include <cstddef>
#include <cstdint>

namespace Aws {
namespace Utils {
namespace Json {
class JsonView;

class JsonValue {
public:
  JsonValue();
  explicit JsonValue(Aws::IStream &istream);
  JsonValue(const Aws::String &value);
  JsonValue(const JsonValue &value);
  JsonValue(JsonValue &&value);
  ~JsonValue();
  JsonValue &operator=(const JsonValue &other);
  JsonValue &operator=(JsonValue &&other);

  JsonValue &WithString(const char *key, const Aws::String &value);
  JsonValue &WithString(const Aws::String &key, const Aws::String &value);
  JsonValue &AsString(const Aws::String &value);
  JsonValue &WithBool(const char *key, bool value);
  JsonValue &WithBool(const Aws::String &key, bool value);
  JsonValue &AsBool(bool value);
  JsonValue &WithInteger(const char *key, int value);
  JsonValue &WithInteger(const Aws::String &key, int value);
  JsonValue &AsInteger(int value);
  JsonValue &WithInt64(const char *key, long long value);
  JsonValue &WithInt64(const Aws::String &key, long long value);
  JsonValue &AsInt64(long long value);
  JsonValue &WithDouble(const char *key, double value);
  JsonValue &WithDouble(const Aws::String &key, double value);
  JsonValue &AsDouble(double value);
  JsonValue &WithArray(const char *key, const Array<Aws::String> &array);
  JsonValue &WithArray(const Aws::String &key, const Array<Aws::String> &array);
  JsonValue &WithArray(const Aws::String &key, Array<Aws::String> &&array);
  JsonValue &WithArray(const Aws::String &key, const Array<JsonValue> &array);
  JsonValue &WithArray(const Aws::String &key, Array<JsonValue> &&array);
  JsonValue &AsArray(const Array<JsonValue> &array);
  JsonValue &AsArray(Array<JsonValue> &&array);
  JsonValue &WithObject(const char *key, const JsonValue &value);
  JsonValue &WithObject(const Aws::String &key, const JsonValue &value);
  JsonValue &WithObject(const char *key, JsonValue &&value);
  JsonValue &WithObject(const Aws::String &key, JsonValue &&value);
  JsonValue &AsObject(const JsonValue &value);
  JsonValue &AsObject(JsonValue &&value);

  bool operator==(const JsonValue &other) const;
  bool operator!=(const JsonValue &other) const;
  JsonView View() const;
  bool WasParseSuccessful() const;
  const Aws::String &GetErrorMessage() const;
};

class JsonView {
public:
  JsonView();
  JsonView(const JsonValue &value);
  Aws::String GetString(const Aws::String &key) const;
  Aws::String AsString() const;
  bool ValueExists(const Aws::String &key) const;
  bool IsObject() const;
  bool IsString() const;
  Aws::String WriteCompact(bool treatAsObject = true) const;
  Aws::String WriteReadable(bool treatAsObject = true) const;
  JsonValue Materialize() const;
};

} // namespace Json
} // namespace Utils
} // namespace Aws
