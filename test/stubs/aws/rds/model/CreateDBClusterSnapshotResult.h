// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/rds/model/DBClusterSnapshot.h>

namespace Aws {
namespace RDS {
namespace Model {
class CreateDBClusterSnapshotResult {
public:
  CreateDBClusterSnapshotResult();
  inline const DBClusterSnapshot &GetDBClusterSnapshot() const { return m_dBClusterSnapshot; }

private:
  DBClusterSnapshot m_dBClusterSnapshot;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
