// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

namespace Aws {
namespace RDS {
namespace Model {
class ModifyDBParameterGroupResult {
public:
  ModifyDBParameterGroupResult();
  inline const Aws::String &GetDBParameterGroupName() const { return m_dBParameterGroupName; }

private:
  Aws::String m_dBParameterGroupName;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
