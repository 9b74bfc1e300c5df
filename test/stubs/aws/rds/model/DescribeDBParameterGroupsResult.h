// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/core/utils/memory/stl/AWSVector.h>
#include <aws/rds/model/DBParameterGroup.h>

namespace Aws {
namespace RDS {
namespace Model {
class DescribeDBParameterGroupsResult {
public:
  DescribeDBParameterGroupsResult();
  inline const Aws::String &GetMarker() const { return m_marker; }
  inline const Aws::Vector<DBParameterGroup> &GetDBParameterGroups() const { return m_dBParameterGroups; }

private:
  Aws::String m_marker;
  Aws::Vector<DBParameterGroup> m_dBParameterGroups;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
