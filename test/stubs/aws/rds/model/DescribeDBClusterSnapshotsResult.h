// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/core/utils/memory/stl/AWSVector.h>
#include <aws/rds/model/DBClusterSnapshot.h>

namespace Aws {
namespace RDS {
namespace Model {
class DescribeDBClusterSnapshotsResult {
public:
  DescribeDBClusterSnapshotsResult();
  inline const Aws::String &GetMarker() const { return m_marker; }
  inline const Aws::Vector<DBClusterSnapshot> &GetDBClusterSnapshots() const { return m_dBClusterSnapshots; }

private:
  Aws::String m_marker;
  Aws::Vector<DBClusterSnapshot> m_dBClusterSnapshots;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
