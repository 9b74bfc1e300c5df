// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

#include <utility>

namespace Aws {
namespace RDS {
namespace Model {
class DBParameterGroup {
public:
  DBParameterGroup();

  inline const Aws::String &GetDBParameterGroupName() const { return m_dBParameterGroupName; }
  inline bool DBParameterGroupNameHasBeenSet() const { return m_dBParameterGroupNameHasBeenSet; }
  inline void SetDBParameterGroupName(const Aws::String &value) { m_dBParameterGroupNameHasBeenSet = true; m_dBParameterGroupName = value; }
  inline void SetDBParameterGroupName(Aws::String &&value) { m_dBParameterGroupNameHasBeenSet = true; m_dBParameterGroupName = std::move(value); }
  inline void SetDBParameterGroupName(const char *value) { m_dBParameterGroupNameHasBeenSet = true; m_dBParameterGroupName.assign(value); }
  inline DBParameterGroup &WithDBParameterGroupName(const Aws::String &value) { SetDBParameterGroupName(value); return *this; }
  inline DBParameterGroup &WithDBParameterGroupName(Aws::String &&value) { SetDBParameterGroupName(std::move(value)); return *this; }
  inline DBParameterGroup &WithDBParameterGroupName(const char *value) { SetDBParameterGroupName(value); return *this; }
  inline const Aws::String &GetDBParameterGroupFamily() const { return m_dBParameterGroupFamily; }
  inline bool DBParameterGroupFamilyHasBeenSet() const { return m_dBParameterGroupFamilyHasBeenSet; }
  inline void SetDBParameterGroupFamily(const Aws::String &value) { m_dBParameterGroupFamilyHasBeenSet = true; m_dBParameterGroupFamily = value; }
  inline void SetDBParameterGroupFamily(Aws::String &&value) { m_dBParameterGroupFamilyHasBeenSet = true; m_dBParameterGroupFamily = std::move(value); }
  inline void SetDBParameterGroupFamily(const char *value) { m_dBParameterGroupFamilyHasBeenSet = true; m_dBParameterGroupFamily.assign(value); }
  inline DBParameterGroup &WithDBParameterGroupFamily(const Aws::String &value) { SetDBParameterGroupFamily(value); return *this; }
  inline DBParameterGroup &WithDBParameterGroupFamily(Aws::String &&value) { SetDBParameterGroupFamily(std::move(value)); return *this; }
  inline DBParameterGroup &WithDBParameterGroupFamily(const char *value) { SetDBParameterGroupFamily(value); return *this; }
  inline const Aws::String &GetDescription() const { return m_description; }
  inline bool DescriptionHasBeenSet() const { return m_descriptionHasBeenSet; }
  inline void SetDescription(const Aws::String &value) { m_descriptionHasBeenSet = true; m_description = value; }
  inline void SetDescription(Aws::String &&value) { m_descriptionHasBeenSet = true; m_description = std::move(value); }
  inline void SetDescription(const char *value) { m_descriptionHasBeenSet = true; m_description.assign(value); }
  inline DBParameterGroup &WithDescription(const Aws::String &value) { SetDescription(value); return *this; }
  inline DBParameterGroup &WithDescription(Aws::String &&value) { SetDescription(std::move(value)); return *this; }
  inline DBParameterGroup &WithDescription(const char *value) { SetDescription(value); return *this; }
  inline const Aws::String &GetDBParameterGroupArn() const { return m_dBParameterGroupArn; }
  inline bool DBParameterGroupArnHasBeenSet() const { return m_dBParameterGroupArnHasBeenSet; }
  inline void SetDBParameterGroupArn(const Aws::String &value) { m_dBParameterGroupArnHasBeenSet = true; m_dBParameterGroupArn = value; }
  inline void SetDBParameterGroupArn(Aws::String &&value) { m_dBParameterGroupArnHasBeenSet = true; m_dBParameterGroupArn = std::move(value); }
  inline void SetDBParameterGroupArn(const char *value) { m_dBParameterGroupArnHasBeenSet = true; m_dBParameterGroupArn.assign(value); }
  inline DBParameterGroup &WithDBParameterGroupArn(const Aws::String &value) { SetDBParameterGroupArn(value); return *this; }
  inline DBParameterGroup &WithDBParameterGroupArn(Aws::String &&value) { SetDBParameterGroupArn(std::move(value)); return *this; }
  inline DBParameterGroup &WithDBParameterGroupArn(const char *value) { SetDBParameterGroupArn(value); return *this; }

private:
  Aws::String m_dBParameterGroupName;
  bool m_dBParameterGroupNameHasBeenSet = false;
  Aws::String m_dBParameterGroupFamily;
  bool m_dBParameterGroupFamilyHasBeenSet = false;
  Aws::String m_description;
  bool m_descriptionHasBeenSet = false;
  Aws::String m_dBParameterGroupArn;
  bool m_dBParameterGroupArnHasBeenSet = false;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
