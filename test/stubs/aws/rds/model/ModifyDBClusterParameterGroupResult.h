// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

namespace Aws {
namespace RDS {
namespace Model {
class ModifyDBClusterParameterGroupResult {
public:
  ModifyDBClusterParameterGroupResult();
  inline const Aws::String &GetDBClusterParameterGroupName() const { return m_dBClusterParameterGroupName; }

private:
  Aws::String m_dBClusterParameterGroupName;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
