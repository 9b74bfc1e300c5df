// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/rds/model/Endpoint.h>

#include <utility>

namespace Aws {
namespace RDS {
namespace Model {
class DBInstance {
public:
  DBInstance();

  inline const Aws::String &GetDBInstanceIdentifier() const { return m_dBInstanceIdentifier; }
  inline bool DBInstanceIdentifierHasBeenSet() const { return m_dBInstanceIdentifierHasBeenSet; }
  inline void SetDBInstanceIdentifier(const Aws::String &value) { m_dBInstanceIdentifierHasBeenSet = true; m_dBInstanceIdentifier = value; }
  inline void SetDBInstanceIdentifier(Aws::String &&value) { m_dBInstanceIdentifierHasBeenSet = true; m_dBInstanceIdentifier = std::move(value); }
  inline void SetDBInstanceIdentifier(const char *value) { m_dBInstanceIdentifierHasBeenSet = true; m_dBInstanceIdentifier.assign(value); }
  inline DBInstance &WithDBInstanceIdentifier(const Aws::String &value) { SetDBInstanceIdentifier(value); return *this; }
  inline DBInstance &WithDBInstanceIdentifier(Aws::String &&value) { SetDBInstanceIdentifier(std::move(value)); return *this; }
  inline DBInstance &WithDBInstanceIdentifier(const char *value) { SetDBInstanceIdentifier(value); return *this; }
  inline const Aws::String &GetDBInstanceClass() const { return m_dBInstanceClass; }
  inline bool DBInstanceClassHasBeenSet() const { return m_dBInstanceClassHasBeenSet; }
  inline void SetDBInstanceClass(const Aws::String &value) { m_dBInstanceClassHasBeenSet = true; m_dBInstanceClass = value; }
  inline void SetDBInstanceClass(Aws::String &&value) { m_dBInstanceClassHasBeenSet = true; m_dBInstanceClass = std::move(value); }
  inline void SetDBInstanceClass(const char *value) { m_dBInstanceClassHasBeenSet = true; m_dBInstanceClass.assign(value); }
  inline DBInstance &WithDBInstanceClass(const Aws::String &value) { SetDBInstanceClass(value); return *this; }
  inline DBInstance &WithDBInstanceClass(Aws::String &&value) { SetDBInstanceClass(std::move(value)); return *this; }
  inline DBInstance &WithDBInstanceClass(const char *value) { SetDBInstanceClass(value); return *this; }
  inline const Aws::String &GetEngine() const { return m_engine; }
  inline bool EngineHasBeenSet() const { return m_engineHasBeenSet; }
  inline void SetEngine(const Aws::String &value) { m_engineHasBeenSet = true; m_engine = value; }
  inline void SetEngine(Aws::String &&value) { m_engineHasBeenSet = true; m_engine = std::move(value); }
  inline void SetEngine(const char *value) { m_engineHasBeenSet = true; m_engine.assign(value); }
  inline DBInstance &WithEngine(const Aws::String &value) { SetEngine(value); return *this; }
  inline DBInstance &WithEngine(Aws::String &&value) { SetEngine(std::move(value)); return *this; }
  inline DBInstance &WithEngine(const char *value) { SetEngine(value); return *this; }
  inline const Aws::String &GetDBInstanceStatus() const { return m_dBInstanceStatus; }
  inline bool DBInstanceStatusHasBeenSet() const { return m_dBInstanceStatusHasBeenSet; }
  inline void SetDBInstanceStatus(const Aws::String &value) { m_dBInstanceStatusHasBeenSet = true; m_dBInstanceStatus = value; }
  inline void SetDBInstanceStatus(Aws::String &&value) { m_dBInstanceStatusHasBeenSet = true; m_dBInstanceStatus = std::move(value); }
  inline void SetDBInstanceStatus(const char *value) { m_dBInstanceStatusHasBeenSet = true; m_dBInstanceStatus.assign(value); }
  inline DBInstance &WithDBInstanceStatus(const Aws::String &value) { SetDBInstanceStatus(value); return *this; }
  inline DBInstance &WithDBInstanceStatus(Aws::String &&value) { SetDBInstanceStatus(std::move(value)); return *this; }
  inline DBInstance &WithDBInstanceStatus(const char *value) { SetDBInstanceStatus(value); return *this; }
  inline const Aws::String &GetMasterUsername() const { return m_masterUsername; }
  inline bool MasterUsernameHasBeenSet() const { return m_masterUsernameHasBeenSet; }
  inline void SetMasterUsername(const Aws::String &value) { m_masterUsernameHasBeenSet = true; m_masterUsername = value; }
  inline void SetMasterUsername(Aws::String &&value) { m_masterUsernameHasBeenSet = true; m_masterUsername = std::move(value); }
  inline void SetMasterUsername(const char *value) { m_masterUsernameHasBeenSet = true; m_masterUsername.assign(value); }
  inline DBInstance &WithMasterUsername(const Aws::String &value) { SetMasterUsername(value); return *this; }
  inline DBInstance &WithMasterUsername(Aws::String &&value) { SetMasterUsername(std::move(value)); return *this; }
  inline DBInstance &WithMasterUsername(const char *value) { SetMasterUsername(value); return *this; }
  inline const Aws::String &GetDBName() const { return m_dBName; }
  inline bool DBNameHasBeenSet() const { return m_dBNameHasBeenSet; }
  inline void SetDBName(const Aws::String &value) { m_dBNameHasBeenSet = true; m_dBName = value; }
  inline void SetDBName(Aws::String &&value) { m_dBNameHasBeenSet = true; m_dBName = std::move(value); }
  inline void SetDBName(const char *value) { m_dBNameHasBeenSet = true; m_dBName.assign(value); }
  inline DBInstance &WithDBName(const Aws::String &value) { SetDBName(value); return *this; }
  inline DBInstance &WithDBName(Aws::String &&value) { SetDBName(std::move(value)); return *this; }
  inline DBInstance &WithDBName(const char *value) { SetDBName(value); return *this; }
  inline const Endpoint &GetEndpoint() const { return m_endpoint; }
  inline bool EndpointHasBeenSet() const { return m_endpointHasBeenSet; }
  inline void SetEndpoint(const Endpoint &value) { m_endpointHasBeenSet = true; m_endpoint = value; }
  inline void SetEndpoint(Endpoint &&value) { m_endpointHasBeenSet = true; m_endpoint = std::move(value); }
  inline DBInstance &WithEndpoint(const Endpoint &value) { SetEndpoint(value); return *this; }
  inline DBInstance &WithEndpoint(Endpoint &&value) { SetEndpoint(std::move(value)); return *this; }
  inline const Aws::String &GetEngineVersion() const { return m_engineVersion; }
  inline bool EngineVersionHasBeenSet() const { return m_engineVersionHasBeenSet; }
  inline void SetEngineVersion(const Aws::String &value) { m_engineVersionHasBeenSet = true; m_engineVersion = value; }
  inline void SetEngineVersion(Aws::String &&value) { m_engineVersionHasBeenSet = true; m_engineVersion = std::move(value); }
  inline void SetEngineVersion(const char *value) { m_engineVersionHasBeenSet = true; m_engineVersion.assign(value); }
  inline DBInstance &WithEngineVersion(const Aws::String &value) { SetEngineVersion(value); return *this; }
  inline DBInstance &WithEngineVersion(Aws::String &&value) { SetEngineVersion(std::move(value)); return *this; }
  inline DBInstance &WithEngineVersion(const char *value) { SetEngineVersion(value); return *this; }
  inline const Aws::String &GetDBClusterIdentifier() const { return m_dBClusterIdentifier; }
  inline bool DBClusterIdentifierHasBeenSet() const { return m_dBClusterIdentifierHasBeenSet; }
  inline void SetDBClusterIdentifier(const Aws::String &value) { m_dBClusterIdentifierHasBeenSet = true; m_dBClusterIdentifier = value; }
  inline void SetDBClusterIdentifier(Aws::String &&value) { m_dBClusterIdentifierHasBeenSet = true; m_dBClusterIdentifier = std::move(value); }
  inline void SetDBClusterIdentifier(const char *value) { m_dBClusterIdentifierHasBeenSet = true; m_dBClusterIdentifier.assign(value); }
  inline DBInstance &WithDBClusterIdentifier(const Aws::String &value) { SetDBClusterIdentifier(value); return *this; }
  inline DBInstance &WithDBClusterIdentifier(Aws::String &&value) { SetDBClusterIdentifier(std::move(value)); return *this; }
  inline DBInstance &WithDBClusterIdentifier(const char *value) { SetDBClusterIdentifier(value); return *this; }
  inline const Aws::String &GetDBInstanceArn() const { return m_dBInstanceArn; }
  inline bool DBInstanceArnHasBeenSet() const { return m_dBInstanceArnHasBeenSet; }
  inline void SetDBInstanceArn(const Aws::String &value) { m_dBInstanceArnHasBeenSet = true; m_dBInstanceArn = value; }
  inline void SetDBInstanceArn(Aws::String &&value) { m_dBInstanceArnHasBeenSet = true; m_dBInstanceArn = std::move(value); }
  inline void SetDBInstanceArn(const char *value) { m_dBInstanceArnHasBeenSet = true; m_dBInstanceArn.assign(value); }
  inline DBInstance &WithDBInstanceArn(const Aws::String &value) { SetDBInstanceArn(value); return *this; }
  inline DBInstance &WithDBInstanceArn(Aws::String &&value) { SetDBInstanceArn(std::move(value)); return *this; }
  inline DBInstance &WithDBInstanceArn(const char *value) { SetDBInstanceArn(value); return *this; }
  inline int GetDbInstancePort() const { return m_dbInstancePort; }
  inline bool DbInstancePortHasBeenSet() const { return m_dbInstancePortHasBeenSet; }
  inline void SetDbInstancePort(int value) { m_dbInstancePortHasBeenSet = true; m_dbInstancePort = value; }
  inline DBInstance &WithDbInstancePort(int value) { SetDbInstancePort(value); return *this; }

private:
  Aws::String m_dBInstanceIdentifier;
  bool m_dBInstanceIdentifierHasBeenSet = false;
  Aws::String m_dBInstanceClass;
  bool m_dBInstanceClassHasBeenSet = false;
  Aws::String m_engine;
  bool m_engineHasBeenSet = false;
  Aws::String m_dBInstanceStatus;
  bool m_dBInstanceStatusHasBeenSet = false;
  Aws::String m_masterUsername;
  bool m_masterUsernameHasBeenSet = false;
  Aws::String m_dBName;
  bool m_dBNameHasBeenSet = false;
  Endpoint m_endpoint;
  bool m_endpointHasBeenSet = false;
  Aws::String m_engineVersion;
  bool m_engineVersionHasBeenSet = false;
  Aws::String m_dBClusterIdentifier;
  bool m_dBClusterIdentifierHasBeenSet = false;
  Aws::String m_dBInstanceArn;
  bool m_dBInstanceArnHasBeenSet = false;
  int m_dbInstancePort{0};
  bool m_dbInstancePortHasBeenSet = false;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
