// Minimal stub of the AWS SDK for C++ header of the same path: the request's name setters.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <utility>

namespace Aws {
namespace DynamoDB {
namespace Model {

class GetItemRequest {
public:
  inline const Aws::String &GetTableName() const { return m_tableName; }
  inline void SetTableName(const Aws::String &value) { m_tableName = value; }
  inline void SetTableName(Aws::String &&value) { m_tableName = std::move(value); }
  inline void SetTableName(const char *value) { m_tableName.assign(value); }
  inline GetItemRequest &WithTableName(const Aws::String &value) { SetTableName(value); return *this; }
  inline GetItemRequest &WithTableName(Aws::String &&value) { SetTableName(std::move(value)); return *this; }
  inline GetItemRequest &WithTableName(const char *value) { SetTableName(value); return *this; }

private:
  Aws::String m_tableName;
};

} // namespace Model
} // namespace DynamoDB
} // namespace Aws
