// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/rds/RDSRequest.h>

#include <utility>

namespace Aws {
namespace RDS {
namespace Model {
class DeleteDBClusterParameterGroupRequest : public RDSRequest {
public:
  DeleteDBClusterParameterGroupRequest();
  inline const char *GetServiceRequestName() const override { return "DeleteDBClusterParameterGroup"; }

  inline const Aws::String &GetDBClusterParameterGroupName() const { return m_dBClusterParameterGroupName; }
  inline bool DBClusterParameterGroupNameHasBeenSet() const { return m_dBClusterParameterGroupNameHasBeenSet; }
  inline void SetDBClusterParameterGroupName(const Aws::String &value) { m_dBClusterParameterGroupNameHasBeenSet = true; m_dBClusterParameterGroupName = value; }
  inline void SetDBClusterParameterGroupName(Aws::String &&value) { m_dBClusterParameterGroupNameHasBeenSet = true; m_dBClusterParameterGroupName = std::move(value); }
  inline void SetDBClusterParameterGroupName(const char *value) { m_dBClusterParameterGroupNameHasBeenSet = true; m_dBClusterParameterGroupName.assign(value); }
  inline DeleteDBClusterParameterGroupRequest &WithDBClusterParameterGroupName(const Aws::String &value) { SetDBClusterParameterGroupName(value); return *this; }
  inline DeleteDBClusterParameterGroupRequest &WithDBClusterParameterGroupName(Aws::String &&value) { SetDBClusterParameterGroupName(std::move(value)); return *this; }
  inline DeleteDBClusterParameterGroupRequest &WithDBClusterParameterGroupName(const char *value) { SetDBClusterParameterGroupName(value); return *this; }

private:
  Aws::String m_dBClusterParameterGroupName;
  bool m_dBClusterParameterGroupNameHasBeenSet = false;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
