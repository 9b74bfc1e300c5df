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
class ModifyDBParameterGroupRequest : public RDSRequest {
public:
  ModifyDBParameterGroupRequest();
  inline const char *GetServiceRequestName() const override { return "ModifyDBParameterGroup"; }

  inline const Aws::String &GetDBParameterGroupName() const { return m_dBParameterGroupName; }
  inline bool DBParameterGroupNameHasBeenSet() const { return m_dBParameterGroupNameHasBeenSet; }
  inline void SetDBParameterGroupName(const Aws::String &value) { m_dBParameterGroupNameHasBeenSet = true; m_dBParameterGroupName = value; }
  inline void SetDBParameterGroupName(Aws::String &&value) { m_dBParameterGroupNameHasBeenSet = true; m_dBParameterGroupName = std::move(value); }
  inline void SetDBParameterGroupName(const char *value) { m_dBParameterGroupNameHasBeenSet = true; m_dBParameterGroupName.assign(value); }
  inline ModifyDBParameterGroupRequest &WithDBParameterGroupName(const Aws::String &value) { SetDBParameterGroupName(value); return *this; }
  inline ModifyDBParameterGroupRequest &WithDBParameterGroupName(Aws::String &&value) { SetDBParameterGroupName(std::move(value)); return *this; }
  inline ModifyDBParameterGroupRequest &WithDBParameterGroupName(const char *value) { SetDBParameterGroupName(value); return *this; }
  inline const Aws::Vector<Parameter> &GetParameters() const { return m_parameters; }
  inline bool ParametersHasBeenSet() const { return m_parametersHasBeenSet; }
  inline void SetParameters(const Aws::Vector<Parameter> &value) { m_parametersHasBeenSet = true; m_parameters = value; }
  inline void SetParameters(Aws::Vector<Parameter> &&value) { m_parametersHasBeenSet = true; m_parameters = std::move(value); }
  inline ModifyDBParameterGroupRequest &WithParameters(const Aws::Vector<Parameter> &value) { SetParameters(value); return *this; }
  inline ModifyDBParameterGroupRequest &WithParameters(Aws::Vector<Parameter> &&value) { SetParameters(std::move(value)); return *this; }
  inline ModifyDBParameterGroupRequest &AddParameters(const Parameter &value) { m_parametersHasBeenSet = true; m_parameters.push_back(value); return *this; }
  inline ModifyDBParameterGroupRequest &AddParameters(Parameter &&value) { m_parametersHasBeenSet = true; m_parameters.push_back(std::move(value)); return *this; }

private:
  Aws::String m_dBParameterGroupName;
  bool m_dBParameterGroupNameHasBeenSet = false;
  Aws::Vector<Parameter> m_parameters;
  bool m_parametersHasBeenSet = false;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
