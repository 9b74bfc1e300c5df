// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/dynamodb/model/TableDescription.h>

namespace Aws {
namespace DynamoDB {
namespace Model {
class DeleteTableResult {
public:
  DeleteTableResult();
  inline const TableDescription &GetTableDescription() const { return m_tableDescription; }

private:
  TableDescription m_tableDescription;
};
} // namespace Model
} // namespace DynamoDB
} // namespace Aws
