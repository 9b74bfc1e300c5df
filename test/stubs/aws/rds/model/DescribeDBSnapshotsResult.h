// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/core/utils/memory/stl/AWSVector.h>
#include <aws/rds/model/DBSnapshot.h>

namespace Aws {
namespace RDS {
namespace Model {
class DescribeDBSnapshotsResult {
public:
  DescribeDBSnapshotsResult();
  inline const Aws::String &GetMarker() const { return m_marker; }
  inline const Aws::Vector<DBSnapshot> &GetDBSnapshots() const { return m_dBSnapshots; }

private:
  Aws::String m_marker;
  Aws::Vector<DBSnapshot> m_dBSnapshots;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
