// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/rds/RDSRequest.h>

#include <utility>

namespace Aws {
namespace RDS {
namespace Model {
class CreateDBClusterRequest : public RDSRequest {
public:
  CreateDBClusterRequest();
  inline const char *GetServiceRequestName() const override { return "CreateDBCluster"; }

  inline const Aws::String &GetDBClusterIdentifier() const { return m_dBClusterIdentifier; }
  inline bool DBClusterIdentifierHasBeenSet() const { return m_dBClusterIdentifierHasBeenSet; }
  inline void SetDBClusterIdentifier(const Aws::String &value) { m_dBClusterIdentifierHasBeenSet = true; m_dBClusterIdentifier = value; }
  inline void SetDBClusterIdentifier(Aws::String &&value) { m_dBClusterIdentifierHasBeenSet = true; m_dBClusterIdentifier = std::move(value); }
  inline void SetDBClusterIdentifier(const char *value) { m_dBClusterIdentifierHasBeenSet = true; m_dBClusterIdentifier.assign(value); }
  inline CreateDBClusterRequest &WithDBClusterIdentifier(const Aws::String &value) { SetDBClusterIdentifier(value); return *this; }
  inline CreateDBClusterRequest &WithDBClusterIdentifier(Aws::String &&value) { SetDBClusterIdentifier(std::move(value)); return *this; }
  inline CreateDBClusterRequest &WithDBClusterIdentifier(const char *value) { SetDBClusterIdentifier(value); return *this; }
  inline const Aws::String &GetDBClusterParameterGroupName() const { return m_dBClusterParameterGroupName; }
  inline bool DBClusterParameterGroupNameHasBeenSet() const { return m_dBClusterParameterGroupNameHasBeenSet; }
  inline void SetDBClusterParameterGroupName(const Aws::String &value) { m_dBClusterParameterGroupNameHasBeenSet = true; m_dBClusterParameterGroupName = value; }
  inline void SetDBClusterParameterGroupName(Aws::String &&value) { m_dBClusterParameterGroupNameHasBeenSet = true; m_dBClusterParameterGroupName = std::move(value); }
  inline void SetDBClusterParameterGroupName(const char *value) { m_dBClusterParameterGroupNameHasBeenSet = true; m_dBClusterParameterGroupName.assign(value); }
  inline CreateDBClusterRequest &WithDBClusterParameterGroupName(const Aws::String &value) { SetDBClusterParameterGroupName(value); return *this; }
  inline CreateDBClusterRequest &WithDBClusterParameterGroupName(Aws::String &&value) { SetDBClusterParameterGroupName(std::move(value)); return *this; }
  inline CreateDBClusterRequest &WithDBClusterParameterGroupName(const char *value) { SetDBClusterParameterGroupName(value); return *this; }
  inline const Aws::String &GetEngine() const { return m_engine; }
  inline bool EngineHasBeenSet() const { return m_engineHasBeenSet; }
  inline void SetEngine(const Aws::String &value) { m_engineHasBeenSet = true; m_engine = value; }
  inline void SetEngine(Aws::String &&value) { m_engineHasBeenSet = true; m_engine = std::move(value); }
  inline void SetEngine(const char *value) { m_engineHasBeenSet = true; m_engine.assign(value); }
  inline CreateDBClusterRequest &WithEngine(const Aws::String &value) { SetEngine(value); return *this; }
  inline CreateDBClusterRequest &WithEngine(Aws::String &&value) { SetEngine(std::move(value)); return *this; }
  inline CreateDBClusterRequest &WithEngine(const char *value) { SetEngine(value); return *this; }
  inline const Aws::String &GetEngineVersion() const { return m_engineVersion; }
  inline bool EngineVersionHasBeenSet() const { return m_engineVersionHasBeenSet; }
  inline void SetEngineVersion(const Aws::String &value) { m_engineVersionHasBeenSet = true; m_engineVersion = value; }
  inline void SetEngineVersion(Aws::String &&value) { m_engineVersionHasBeenSet = true; m_engineVersion = std::move(value); }
  inline void SetEngineVersion(const char *value) { m_engineVersionHasBeenSet = true; m_engineVersion.assign(value); }
  inline CreateDBClusterRequest &WithEngineVersion(const Aws::String &value) { SetEngineVersion(value); return *this; }
  inline CreateDBClusterRequest &WithEngineVersion(Aws::String &&value) { SetEngineVersion(std::move(value)); return *this; }
  inline CreateDBClusterRequest &WithEngineVersion(const char *value) { SetEngineVersion(value); return *this; }
  inline const Aws::String &GetMasterUsername() const { return m_masterUsername; }
  inline bool MasterUsernameHasBeenSet() const { return m_masterUsernameHasBeenSet; }
  inline void SetMasterUsername(const Aws::String &value) { m_masterUsernameHasBeenSet = true; m_masterUsername = value; }
  inline void SetMasterUsername(Aws::String &&value) { m_masterUsernameHasBeenSet = true; m_masterUsername = std::move(value); }
  inline void SetMasterUsername(const char *value) { m_masterUsernameHasBeenSet = true; m_masterUsername.assign(value); }
  inline CreateDBClusterRequest &WithMasterUsername(const Aws::String &value) { SetMasterUsername(value); return *this; }
  inline CreateDBClusterRequest &WithMasterUsername(Aws::String &&value) { SetMasterUsername(std::move(value)); return *this; }
  inline CreateDBClusterRequest &WithMasterUsername(const char *value) { SetMasterUsername(value); return *this; }
  inline const Aws::String &GetMasterUserPassword() const { return m_masterUserPassword; }
  inline bool MasterUserPasswordHasBeenSet() const { return m_masterUserPasswordHasBeenSet; }
  inline void SetMasterUserPassword(const Aws::String &value) { m_masterUserPasswordHasBeenSet = true; m_masterUserPassword = value; }
  inline void SetMasterUserPassword(Aws::String &&value) { m_masterUserPasswordHasBeenSet = true; m_masterUserPassword = std::move(value); }
  inline void SetMasterUserPassword(const char *value) { m_masterUserPasswordHasBeenSet = true; m_masterUserPassword.assign(value); }
  inline CreateDBClusterRequest &WithMasterUserPassword(const Aws::String &value) { SetMasterUserPassword(value); return *this; }
  inline CreateDBClusterRequest &WithMasterUserPassword(Aws::String &&value) { SetMasterUserPassword(std::move(value)); return *this; }
  inline CreateDBClusterRequest &WithMasterUserPassword(const char *value) { SetMasterUserPassword(value); return *this; }

private:
  Aws::String m_dBClusterIdentifier;
  bool m_dBClusterIdentifierHasBeenSet = false;
  Aws::String m_dBClusterParameterGroupName;
  bool m_dBClusterParameterGroupNameHasBeenSet = false;
  Aws::String m_engine;
  bool m_engineHasBeenSet = false;
  Aws::String m_engineVersion;
  bool m_engineVersionHasBeenSet = false;
  Aws::String m_masterUsername;
  bool m_masterUsernameHasBeenSet = false;
  Aws::String m_masterUserPassword;
  bool m_masterUserPasswordHasBeenSet = false;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
