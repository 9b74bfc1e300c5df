// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/rds/model/DBSnapshot.h>

namespace Aws {
namespace RDS {
namespace Model {
class CreateDBSnapshotResult {
public:
  CreateDBSnapshotResult();
  inline const DBSnapshot &GetDBSnapshot() const { return m_dBSnapshot; }

private:
  DBSnapshot m_dBSnapshot;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
