// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/Array.h>
#include <aws/core/utils/memory/stl/AWSMap.h>
#include <aws/core/utils/memory/stl/AWSStreamFwd.h>
#include <aws/core/utils/memory/stl/AWSString.h>

#include <cstdint>
#include <utility>

namespace Aws {
namespace Utils {
namespace Json {
class JsonValue;
class JsonView;
} // namespace Json

class DocumentView;

class Document {
public:
  Document();
  Document(const Aws::String &value);
  Document(Aws::IStream &istream);
  Document(const Document &value);
  Document(Document &&value);
  Document(const Json::JsonView &view);
  ~Document();
  Document &operator=(const Document &other);
  Document &operator=(const Json::JsonView &view);
  Document &operator=(Document &&other);
  bool operator==(const Document &other) const;
  bool operator!=(const Document &other) const;

  Document &WithString(const Aws::String &key, const Aws::String &value);
  Document &WithString(const char *key, const Aws::String &value);
  Document &AsString(const Aws::String &value);
  Document &WithBool(const Aws::String &key, bool value);
  Document &WithBool(const char *key, bool value);
  Document &AsBool(bool value);
  Document &WithInteger(const Aws::String &key, int value);
  Document &WithInteger(const char *key, int value);
  Document &AsInteger(int value);
  Document &WithInt64(const Aws::String &key, long long value);
  Document &WithInt64(const char *key, long long value);
  Document &AsInt64(long long value);
  Document &WithDouble(const Aws::String &key, double value);
  Document &WithDouble(const char *key, double value);
  Document &AsDouble(double value);
  Document &WithArray(const Aws::String &key, const Array<Aws::String> &array);
  Document &WithArray(const char *key, const Array<Aws::String> &array);
  Document &WithArray(const Aws::String &key, const Array<Document> &array);
  Document &WithArray(const Aws::String &key, Array<Document> &&array);
  Document &AsArray(const Array<Document> &array);
  Document &AsArray(Array<Document> &&array);
  Document &WithObject(const Aws::String &key, const Document &value);
  Document &WithObject(const char *key, const Document &value);
  Document &WithObject(const Aws::String &key, Document &&value);
  Document &WithObject(const char *key, Document &&value);
  Document &AsObject(const Document &value);
  Document &AsObject(Document &&value);
  inline bool WasParseSuccessful() const { return m_wasParseSuccessful; }
  inline const Aws::String &GetErrorMessage() const { return m_errorMessage; }
  DocumentView View() const;

private:
  bool m_wasParseSuccessful;
  Aws::String m_errorMessage;
  friend DocumentView;
};

class DocumentView {
public:
  DocumentView();
  DocumentView(const Document &value);
  DocumentView &operator=(const Document &value);
  Aws::String GetString(const Aws::String &key) const;
  Aws::String AsString() const;
  bool IsString() const;
  bool GetBool(const Aws::String &key) const;
  bool AsBool() const;
  bool IsBool() const;
  int GetInteger(const Aws::String &key) const;
  int AsInteger() const;
  bool IsIntegerType() const;
  int64_t GetInt64(const Aws::String &key) const;
  int64_t AsInt64() const;
  double GetDouble(const Aws::String &key) const;
  double AsDouble() const;
  bool IsFloatingPointType() const;
  Array<DocumentView> GetArray(const Aws::String &key) const;
  Array<DocumentView> AsArray() const;
  bool IsListType() const;
  DocumentView GetObject(const Aws::String &key) const;
  DocumentView AsObject() const;
  Aws::Map<Aws::String, DocumentView> GetAllObjects() const;
  bool IsObject() const;
  bool IsNull() const;
  bool ValueExists(const Aws::String &key) const;
  bool KeyExists(const Aws::String &key) const;
  Aws::String WriteCompact() const;
  Aws::String WriteReadable() const;
  Document Materialize() const;
};
} // namespace Utils
} // namespace Aws
