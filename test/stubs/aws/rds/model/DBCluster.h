// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

#include <utility>

namespace Aws {
namespace RDS {
namespace Model {
class DBCluster {
public:
  DBCluster();

  inline const Aws::String &GetDBClusterIdentifier() const { return m_dBClusterIdentifier; }
  inline bool DBClusterIdentifierHasBeenSet() const { return m_dBClusterIdentifierHasBeenSet; }
  inline void SetDBClusterIdentifier(const Aws::String &value) { m_dBClusterIdentifierHasBeenSet = true; m_dBClusterIdentifier = value; }
  inline void SetDBClusterIdentifier(Aws::String &&value) { m_dBClusterIdentifierHasBeenSet = true; m_dBClusterIdentifier = std::move(value); }
  inline void SetDBClusterIdentifier(const char *value) { m_dBClusterIdentifierHasBeenSet = true; m_dBClusterIdentifier.assign(value); }
  inline DBCluster &WithDBClusterIdentifier(const Aws::String &value) { SetDBClusterIdentifier(value); return *this; }
  inline DBCluster &WithDBClusterIdentifier(Aws::String &&value) { SetDBClusterIdentifier(std::move(value)); return *this; }
  inline DBCluster &WithDBClusterIdentifier(const char *value) { SetDBClusterIdentifier(value); return *this; }
  inline const Aws::String &GetDBClusterParameterGroup() const { return m_dBClusterParameterGroup; }
  inline bool DBClusterParameterGroupHasBeenSet() const { return m_dBClusterParameterGroupHasBeenSet; }
  inline void SetDBClusterParameterGroup(const Aws::String &value) { m_dBClusterParameterGroupHasBeenSet = true; m_dBClusterParameterGroup = value; }
  inline void SetDBClusterParameterGroup(Aws::String &&value) { m_dBClusterParameterGroupHasBeenSet = true; m_dBClusterParameterGroup = std::move(value); }
  inline void SetDBClusterParameterGroup(const char *value) { m_dBClusterParameterGroupHasBeenSet = true; m_dBClusterParameterGroup.assign(value); }
  inline DBCluster &WithDBClusterParameterGroup(const Aws::String &value) { SetDBClusterParameterGroup(value); return *this; }
  inline DBCluster &WithDBClusterParameterGroup(Aws::String &&value) { SetDBClusterParameterGroup(std::move(value)); return *this; }
  inline DBCluster &WithDBClusterParameterGroup(const char *value) { SetDBClusterParameterGroup(value); return *this; }
  inline const Aws::String &GetStatus() const { return m_status; }
  inline bool StatusHasBeenSet() const { return m_statusHasBeenSet; }
  inline void SetStatus(const Aws::String &value) { m_statusHasBeenSet = true; m_status = value; }
  inline void SetStatus(Aws::String &&value) { m_statusHasBeenSet = true; m_status = std::move(value); }
  inline void SetStatus(const char *value) { m_statusHasBeenSet = true; m_status.assign(value); }
  inline DBCluster &WithStatus(const Aws::String &value) { SetStatus(value); return *this; }
  inline DBCluster &WithStatus(Aws::String &&value) { SetStatus(std::move(value)); return *this; }
  inline DBCluster &WithStatus(const char *value) { SetStatus(value); return *this; }
  inline const Aws::String &GetEndpoint() const { return m_endpoint; }
  inline bool EndpointHasBeenSet() const { return m_endpointHasBeenSet; }
  inline void SetEndpoint(const Aws::String &value) { m_endpointHasBeenSet = true; m_endpoint = value; }
  inline void SetEndpoint(Aws::String &&value) { m_endpointHasBeenSet = true; m_endpoint = std::move(value); }
  inline void SetEndpoint(const char *value) { m_endpointHasBeenSet = true; m_endpoint.assign(value); }
  inline DBCluster &WithEndpoint(const Aws::String &value) { SetEndpoint(value); return *this; }
  inline DBCluster &WithEndpoint(Aws::String &&value) { SetEndpoint(std::move(value)); return *this; }
  inline DBCluster &WithEndpoint(const char *value) { SetEndpoint(value); return *this; }
  inline const Aws::String &GetEngine() const { return m_engine; }
  inline bool EngineHasBeenSet() const { return m_engineHasBeenSet; }
  inline void SetEngine(const Aws::String &value) { m_engineHasBeenSet = true; m_engine = value; }
  inline void SetEngine(Aws::String &&value) { m_engineHasBeenSet = true; m_engine = std::move(value); }
  inline void SetEngine(const char *value) { m_engineHasBeenSet = true; m_engine.assign(value); }
  inline DBCluster &WithEngine(const Aws::String &value) { SetEngine(value); return *this; }
  inline DBCluster &WithEngine(Aws::String &&value) { SetEngine(std::move(value)); return *this; }
  inline DBCluster &WithEngine(const char *value) { SetEngine(value); return *this; }
  inline const Aws::String &GetEngineVersion() const { return m_engineVersion; }
  inline bool EngineVersionHasBeenSet() const { return m_engineVersionHasBeenSet; }
  inline void SetEngineVersion(const Aws::String &value) { m_engineVersionHasBeenSet = true; m_engineVersion = value; }
  inline void SetEngineVersion(Aws::String &&value) { m_engineVersionHasBeenSet = true; m_engineVersion = std::move(value); }
  inline void SetEngineVersion(const char *value) { m_engineVersionHasBeenSet = true; m_engineVersion.assign(value); }
  inline DBCluster &WithEngineVersion(const Aws::String &value) { SetEngineVersion(value); return *this; }
  inline DBCluster &WithEngineVersion(Aws::String &&value) { SetEngineVersion(std::move(value)); return *this; }
  inline DBCluster &WithEngineVersion(const char *value) { SetEngineVersion(value); return *this; }
  inline int GetPort() const { return m_port; }
  inline bool PortHasBeenSet() const { return m_portHasBeenSet; }
  inline void SetPort(int value) { m_portHasBeenSet = true; m_port = value; }
  inline DBCluster &WithPort(int value) { SetPort(value); return *this; }
  inline const Aws::String &GetMasterUsername() const { return m_masterUsername; }
  inline bool MasterUsernameHasBeenSet() const { return m_masterUsernameHasBeenSet; }
  inline void SetMasterUsername(const Aws::String &value) { m_masterUsernameHasBeenSet = true; m_masterUsername = value; }
  inline void SetMasterUsername(Aws::String &&value) { m_masterUsernameHasBeenSet = true; m_masterUsername = std::move(value); }
  inline void SetMasterUsername(const char *value) { m_masterUsernameHasBeenSet = true; m_masterUsername.assign(value); }
  inline DBCluster &WithMasterUsername(const Aws::String &value) { SetMasterUsername(value); return *this; }
  inline DBCluster &WithMasterUsername(Aws::String &&value) { SetMasterUsername(std::move(value)); return *this; }
  inline DBCluster &WithMasterUsername(const char *value) { SetMasterUsername(value); return *this; }
  inline const Aws::String &GetDBClusterArn() const { return m_dBClusterArn; }
  inline bool DBClusterArnHasBeenSet() const { return m_dBClusterArnHasBeenSet; }
  inline void SetDBClusterArn(const Aws::String &value) { m_dBClusterArnHasBeenSet = true; m_dBClusterArn = value; }
  inline void SetDBClusterArn(Aws::String &&value) { m_dBClusterArnHasBeenSet = true; m_dBClusterArn = std::move(value); }
  inline void SetDBClusterArn(const char *value) { m_dBClusterArnHasBeenSet = true; m_dBClusterArn.assign(value); }
  inline DBCluster &WithDBClusterArn(const Aws::String &value) { SetDBClusterArn(value); return *this; }
  inline DBCluster &WithDBClusterArn(Aws::String &&value) { SetDBClusterArn(std::move(value)); return *this; }
  inline DBCluster &WithDBClusterArn(const char *value) { SetDBClusterArn(value); return *this; }

private:
  Aws::String m_dBClusterIdentifier;
  bool m_dBClusterIdentifierHasBeenSet = false;
  Aws::String m_dBClusterParameterGroup;
  bool m_dBClusterParameterGroupHasBeenSet = false;
  Aws::String m_status;
  bool m_statusHasBeenSet = false;
  Aws::String m_endpoint;
  bool m_endpointHasBeenSet = false;
  Aws::String m_engine;
  bool m_engineHasBeenSet = false;
  Aws::String m_engineVersion;
  bool m_engineVersionHasBeenSet = false;
  int m_port{0};
  bool m_portHasBeenSet = false;
  Aws::String m_masterUsername;
  bool m_masterUsernameHasBeenSet = false;
  Aws::String m_dBClusterArn;
  bool m_dBClusterArnHasBeenSet = false;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
