// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/dynamodb/model/TableDescription.h>

namespace Aws {
namespace DynamoDB {
namespace Model {
class DescribeTableResult {
public:
  DescribeTableResult();
  inline const TableDescription &GetTable() const { return m_table; }

private:
  TableDescription m_table;
};
} // namespace Model
} // namespace DynamoDB
} // namespace Aws
