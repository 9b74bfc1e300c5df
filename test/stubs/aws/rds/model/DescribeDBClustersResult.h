// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/core/utils/memory/stl/AWSVector.h>
#include <aws/rds/model/DBCluster.h>

namespace Aws {
namespace RDS {
namespace Model {
class DescribeDBClustersResult {
public:
  DescribeDBClustersResult();
  inline const Aws::String &GetMarker() const { return m_marker; }
  inline const Aws::Vector<DBCluster> &GetDBClusters() const { return m_dBClusters; }

private:
  Aws::String m_marker;
  Aws::Vector<DBCluster> m_dBClusters;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
