// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/rds/model/DBClusterParameterGroup.h>

namespace Aws {
namespace RDS {
namespace Model {
class CreateDBClusterParameterGroupResult {
public:
  CreateDBClusterParameterGroupResult();
  inline const DBClusterParameterGroup &GetDBClusterParameterGroup() const { return m_dBClusterParameterGroup; }

private:
  DBClusterParameterGroup m_dBClusterParameterGroup;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
