// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/rds/model/DBCluster.h>

namespace Aws {
namespace RDS {
namespace Model {
class DeleteDBClusterResult {
public:
  DeleteDBClusterResult();
  inline const DBCluster &GetDBCluster() const { return m_dBCluster; }

private:
  DBCluster m_dBCluster;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
