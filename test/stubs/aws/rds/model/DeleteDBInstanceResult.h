// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/rds/model/DBInstance.h>

namespace Aws {
namespace RDS {
namespace Model {
class DeleteDBInstanceResult {
public:
  DeleteDBInstanceResult();
  inline const DBInstance &GetDBInstance() const { return m_dBInstance; }

private:
  DBInstance m_dBInstance;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
