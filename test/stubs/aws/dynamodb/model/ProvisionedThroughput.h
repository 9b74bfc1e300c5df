// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once


#include <utility>

namespace Aws {
namespace DynamoDB {
namespace Model {
class ProvisionedThroughput {
public:
  ProvisionedThroughput();

  inline long long GetReadCapacityUnits() const { return m_readCapacityUnits; }
  inline bool ReadCapacityUnitsHasBeenSet() const { return m_readCapacityUnitsHasBeenSet; }
  inline void SetReadCapacityUnits(long long value) { m_readCapacityUnitsHasBeenSet = true; m_readCapacityUnits = value; }
  inline ProvisionedThroughput &WithReadCapacityUnits(long long value) { SetReadCapacityUnits(value); return *this; }
  inline long long GetWriteCapacityUnits() const { return m_writeCapacityUnits; }
  inline bool WriteCapacityUnitsHasBeenSet() const { return m_writeCapacityUnitsHasBeenSet; }
  inline void SetWriteCapacityUnits(long long value) { m_writeCapacityUnitsHasBeenSet = true; m_writeCapacityUnits = value; }
  inline ProvisionedThroughput &WithWriteCapacityUnits(long long value) { SetWriteCapacityUnits(value); return *this; }

private:
  long long m_readCapacityUnits{0};
  bool m_readCapacityUnitsHasBeenSet = false;
  long long m_writeCapacityUnits{0};
  bool m_writeCapacityUnitsHasBeenSet = false;
};
} // namespace Model
} // namespace DynamoDB
} // namespace Aws
