// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/rds/RDSRequest.h>

#include <utility>

namespace Aws {
namespace RDS {
namespace Model {
class CreateDBClusterParameterGroupRequest : public RDSRequest {
public:
  CreateDBClusterParameterGroupRequest();
  inline const char *GetServiceRequestName() const override { return "CreateDBClusterParameterGroup"; }

  inline const Aws::String &GetDBClusterParameterGroupName() const { return m_dBClusterParameterGroupName; }
  inline bool DBClusterParameterGroupNameHasBeenSet() const { return m_dBClusterParameterGroupNameHasBeenSet; }
  inline void SetDBClusterParameterGroupName(const Aws::String &value) { m_dBClusterParameterGroupNameHasBeenSet = true; m_dBClusterParameterGroupName = value; }
  inline void SetDBClusterParameterGroupName(Aws::String &&value) { m_dBClusterParameterGroupNameHasBeenSet = true; m_dBClusterParameterGroupName = std::move(value); }
  inline void SetDBClusterParameterGroupName(const char *value) { m_dBClusterParameterGroupNameHasBeenSet = true; m_dBClusterParameterGroupName.assign(value); }
  inline CreateDBClusterParameterGroupRequest &WithDBClusterParameterGroupName(const Aws::String &value) { SetDBClusterParameterGroupName(value); return *this; }
  inline CreateDBClusterParameterGroupRequest &WithDBClusterParameterGroupName(Aws::String &&value) { SetDBClusterParameterGroupName(std::move(value)); return *this; }
  inline CreateDBClusterParameterGroupRequest &WithDBClusterParameterGroupName(const char *value) { SetDBClusterParameterGroupName(value); return *this; }
  inline const Aws::String &GetDBParameterGroupFamily() const { return m_dBParameterGroupFamily; }
  inline bool DBParameterGroupFamilyHasBeenSet() const { return m_dBParameterGroupFamilyHasBeenSet; }
  inline void SetDBParameterGroupFamily(const Aws::String &value) { m_dBParameterGroupFamilyHasBeenSet = true; m_dBParameterGroupFamily = value; }
  inline void SetDBParameterGroupFamily(Aws::String &&value) { m_dBParameterGroupFamilyHasBeenSet = true; m_dBParameterGroupFamily = std::move(value); }
  inline void SetDBParameterGroupFamily(const char *value) { m_dBParameterGroupFamilyHasBeenSet = true; m_dBParameterGroupFamily.assign(value); }
  inline CreateDBClusterParameterGroupRequest &WithDBParameterGroupFamily(const Aws::String &value) { SetDBParameterGroupFamily(value); return *this; }
  inline CreateDBClusterParameterGroupRequest &WithDBParameterGroupFamily(Aws::String &&value) { SetDBParameterGroupFamily(std::move(value)); return *this; }
  inline CreateDBClusterParameterGroupRequest &WithDBParameterGroupFamily(const char *value) { SetDBParameterGroupFamily(value); return *this; }
  inline const Aws::String &GetDescription() const { return m_description; }
  inline bool DescriptionHasBeenSet() const { return m_descriptionHasBeenSet; }
  inline void SetDescription(const Aws::String &value) { m_descriptionHasBeenSet = true; m_description = value; }
  inline void SetDescription(Aws::String &&value) { m_descriptionHasBeenSet = true; m_description = std::move(value); }
  inline void SetDescription(const char *value) { m_descriptionHasBeenSet = true; m_description.assign(value); }
  inline CreateDBClusterParameterGroupRequest &WithDescription(const Aws::String &value) { SetDescription(value); return *this; }
  inline CreateDBClusterParameterGroupRequest &WithDescription(Aws::String &&value) { SetDescription(std::move(value)); return *this; }
  inline CreateDBClusterParameterGroupRequest &WithDescription(const char *value) { SetDescription(value); return *this; }

private:
  Aws::String m_dBClusterParameterGroupName;
  bool m_dBClusterParameterGroupNameHasBeenSet = false;
  Aws::String m_dBParameterGroupFamily;
  bool m_dBParameterGroupFamilyHasBeenSet = false;
  Aws::String m_description;
  bool m_descriptionHasBeenSet = false;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
