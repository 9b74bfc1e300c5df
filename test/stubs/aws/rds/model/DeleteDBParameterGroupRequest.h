// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/rds/RDSRequest.h>

#include <utility>

namespace Aws {
namespace RDS {
namespace Model {
class DeleteDBParameterGroupRequest : public RDSRequest {
public:
  DeleteDBParameterGroupRequest();
  inline const char *GetServiceRequestName() const override { return "DeleteDBParameterGroup"; }

  inline const Aws::String &GetDBParameterGroupName() const { return m_dBParameterGroupName; }
  inline bool DBParameterGroupNameHasBeenSet() const { return m_dBParameterGroupNameHasBeenSet; }
  inline void SetDBParameterGroupName(const Aws::String &value) { m_dBParameterGroupNameHasBeenSet = true; m_dBParameterGroupName = value; }
  inline void SetDBParameterGroupName(Aws::String &&value) { m_dBParameterGroupNameHasBeenSet = true; m_dBParameterGroupName = std::move(value); }
  inline void SetDBParameterGroupName(const char *value) { m_dBParameterGroupNameHasBeenSet = true; m_dBParameterGroupName.assign(value); }
  inline DeleteDBParameterGroupRequest &WithDBParameterGroupName(const Aws::String &value) { SetDBParameterGroupName(value); return *this; }
  inline DeleteDBParameterGroupRequest &WithDBParameterGroupName(Aws::String &&value) { SetDBParameterGroupName(std::move(value)); return *this; }
  inline DeleteDBParameterGroupRequest &WithDBParameterGroupName(const char *value) { SetDBParameterGroupName(value); return *this; }

private:
  Aws::String m_dBParameterGroupName;
  bool m_dBParameterGroupNameHasBeenSet = false;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
