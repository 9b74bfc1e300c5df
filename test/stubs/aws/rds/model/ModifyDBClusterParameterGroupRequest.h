// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/core/utils/memory/stl/AWSVector.h>
#include <aws/rds/RDSRequest.h>
#include <aws/rds/model/Parameter.h>

#include <utility>

namespace Aws {
namespace RDS {
namespace Model {
class ModifyDBClusterParameterGroupRequest : public RDSRequest {
public:
  ModifyDBClusterParameterGroupRequest();
  inline const char *GetServiceRequestName() const override { return "ModifyDBClusterParameterGroup"; }

  inline const Aws::String &GetDBClusterParameterGroupName() const { return m_dBClusterParameterGroupName; }
  inline bool DBClusterParameterGroupNameHasBeenSet() const { return m_dBClusterParameterGroupNameHasBeenSet; }
  inline void SetDBClusterParameterGroupName(const Aws::String &value) { m_dBClusterParameterGroupNameHasBeenSet = true; m_dBClusterParameterGroupName = value; }
  inline void SetDBClusterParameterGroupName(Aws::String &&value) { m_dBClusterParameterGroupNameHasBeenSet = true; m_dBClusterParameterGroupName = std::move(value); }
  inline void SetDBClusterParameterGroupName(const char *value) { m_dBClusterParameterGroupNameHasBeenSet = true; m_dBClusterParameterGroupName.assign(value); }
  inline ModifyDBClusterParameterGroupRequest &WithDBClusterParameterGroupName(const Aws::String &value) { SetDBClusterParameterGroupName(value); return *this; }
  inline ModifyDBClusterParameterGroupRequest &WithDBClusterParameterGroupName(Aws::String &&value) { SetDBClusterParameterGroupName(std::move(value)); return *this; }
  inline ModifyDBClusterParameterGroupRequest &WithDBClusterParameterGroupName(const char *value) { SetDBClusterParameterGroupName(value); return *this; }
  inline const Aws::Vector<Parameter> &GetParameters() const { return m_parameters; }
  inline bool ParametersHasBeenSet() const { return m_parametersHasBeenSet; }
  inline void SetParameters(const Aws::Vector<Parameter> &value) { m_parametersHasBeenSet = true; m_parameters = value; }
  inline void SetParameters(Aws::Vector<Parameter> &&value) { m_parametersHasBeenSet = true; m_parameters = std::move(value); }
  inline ModifyDBClusterParameterGroupRequest &WithParameters(const Aws::Vector<Parameter> &value) { SetParameters(value); return *this; }
  inline ModifyDBClusterParameterGroupRequest &WithParameters(Aws::Vector<Parameter> &&value) { SetParameters(std::move(value)); return *this; }
  inline ModifyDBClusterParameterGroupRequest &AddParameters(const Parameter &value) { m_parametersHasBeenSet = true; m_parameters.push_back(value); return *this; }
  inline ModifyDBClusterParameterGroupRequest &AddParameters(Parameter &&value) { m_parametersHasBeenSet = true; m_parameters.push_back(std::move(value)); return *this; }

private:
  Aws::String m_dBClusterParameterGroupName;
  bool m_dBClusterParameterGroupNameHasBeenSet = false;
  Aws::Vector<Parameter> m_parameters;
  bool m_parametersHasBeenSet = false;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
