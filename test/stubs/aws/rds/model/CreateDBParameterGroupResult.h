// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/rds/model/DBParameterGroup.h>

namespace Aws {
namespace RDS {
namespace Model {
class CreateDBParameterGroupResult {
public:
  CreateDBParameterGroupResult();
  inline const DBParameterGroup &GetDBParameterGroup() const { return m_dBParameterGroup; }

private:
  DBParameterGroup m_dBParameterGroup;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
