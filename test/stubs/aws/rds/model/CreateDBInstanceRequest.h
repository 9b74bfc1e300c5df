// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/rds/RDSRequest.h>

#include <utility>

namespace Aws {
namespace RDS {
namespace Model {
class CreateDBInstanceRequest : public RDSRequest {
public:
  CreateDBInstanceRequest();
  inline const char *GetServiceRequestName() const override { return "CreateDBInstance"; }

  inline const Aws::String &GetDBName() const { return m_dBName; }
  inline bool DBNameHasBeenSet() const { return m_dBNameHasBeenSet; }
  inline void SetDBName(const Aws::String &value) { m_dBNameHasBeenSet = true; m_dBName = value; }
  inline void SetDBName(Aws::String &&value) { m_dBNameHasBeenSet = true; m_dBName = std::move(value); }
  inline void SetDBName(const char *value) { m_dBNameHasBeenSet = true; m_dBName.assign(value); }
  inline CreateDBInstanceRequest &WithDBName(const Aws::String &value) { SetDBName(value); return *this; }
  inline CreateDBInstanceRequest &WithDBName(Aws::String &&value) { SetDBName(std::move(value)); return *this; }
  inline CreateDBInstanceRequest &WithDBName(const char *value) { SetDBName(value); return *this; }
  inline const Aws::String &GetDBInstanceIdentifier() const { return m_dBInstanceIdentifier; }
  inline bool DBInstanceIdentifierHasBeenSet() const { return m_dBInstanceIdentifierHasBeenSet; }
  inline void SetDBInstanceIdentifier(const Aws::String &value) { m_dBInstanceIdentifierHasBeenSet = true; m_dBInstanceIdentifier = value; }
  inline void SetDBInstanceIdentifier(Aws::String &&value) { m_dBInstanceIdentifierHasBeenSet = true; m_dBInstanceIdentifier = std::move(value); }
  inline void SetDBInstanceIdentifier(const char *value) { m_dBInstanceIdentifierHasBeenSet = true; m_dBInstanceIdentifier.assign(value); }
  inline CreateDBInstanceRequest &WithDBInstanceIdentifier(const Aws::String &value) { SetDBInstanceIdentifier(value); return *this; }
  inline CreateDBInstanceRequest &WithDBInstanceIdentifier(Aws::String &&value) { SetDBInstanceIdentifier(std::move(value)); return *this; }
  inline CreateDBInstanceRequest &WithDBInstanceIdentifier(const char *value) { SetDBInstanceIdentifier(value); return *this; }
  inline int GetAllocatedStorage() const { return m_allocatedStorage; }
  inline bool AllocatedStorageHasBeenSet() const { return m_allocatedStorageHasBeenSet; }
  inline void SetAllocatedStorage(int value) { m_allocatedStorageHasBeenSet = true; m_allocatedStorage = value; }
  inline CreateDBInstanceRequest &WithAllocatedStorage(int value) { SetAllocatedStorage(value); return *this; }
  inline const Aws::String &GetDBInstanceClass() const { return m_dBInstanceClass; }
  inline bool DBInstanceClassHasBeenSet() const { return m_dBInstanceClassHasBeenSet; }
  inline void SetDBInstanceClass(const Aws::String &value) { m_dBInstanceClassHasBeenSet = true; m_dBInstanceClass = value; }
  inline void SetDBInstanceClass(Aws::String &&value) { m_dBInstanceClassHasBeenSet = true; m_dBInstanceClass = std::move(value); }
  inline void SetDBInstanceClass(const char *value) { m_dBInstanceClassHasBeenSet = true; m_dBInstanceClass.assign(value); }
  inline CreateDBInstanceRequest &WithDBInstanceClass(const Aws::String &value) { SetDBInstanceClass(value); return *this; }
  inline CreateDBInstanceRequest &WithDBInstanceClass(Aws::String &&value) { SetDBInstanceClass(std::move(value)); return *this; }
  inline CreateDBInstanceRequest &WithDBInstanceClass(const char *value) { SetDBInstanceClass(value); return *this; }
  inline const Aws::String &GetEngine() const { return m_engine; }
  inline bool EngineHasBeenSet() const { return m_engineHasBeenSet; }
  inline void SetEngine(const Aws::String &value) { m_engineHasBeenSet = true; m_engine = value; }
  inline void SetEngine(Aws::String &&value) { m_engineHasBeenSet = true; m_engine = std::move(value); }
  inline void SetEngine(const char *value) { m_engineHasBeenSet = true; m_engine.assign(value); }
  inline CreateDBInstanceRequest &WithEngine(const Aws::String &value) { SetEngine(value); return *this; }
  inline CreateDBInstanceRequest &WithEngine(Aws::String &&value) { SetEngine(std::move(value)); return *this; }
  inline CreateDBInstanceRequest &WithEngine(const char *value) { SetEngine(value); return *this; }
  inline const Aws::String &GetMasterUsername() const { return m_masterUsername; }
  inline bool MasterUsernameHasBeenSet() const { return m_masterUsernameHasBeenSet; }
  inline void SetMasterUsername(const Aws::String &value) { m_masterUsernameHasBeenSet = true; m_masterUsername = value; }
  inline void SetMasterUsername(Aws::String &&value) { m_masterUsernameHasBeenSet = true; m_masterUsername = std::move(value); }
  inline void SetMasterUsername(const char *value) { m_masterUsernameHasBeenSet = true; m_masterUsername.assign(value); }
  inline CreateDBInstanceRequest &WithMasterUsername(const Aws::String &value) { SetMasterUsername(value); return *this; }
  inline CreateDBInstanceRequest &WithMasterUsername(Aws::String &&value) { SetMasterUsername(std::move(value)); return *this; }
  inline CreateDBInstanceRequest &WithMasterUsername(const char *value) { SetMasterUsername(value); return *this; }
  inline const Aws::String &GetMasterUserPassword() const { return m_masterUserPassword; }
  inline bool MasterUserPasswordHasBeenSet() const { return m_masterUserPasswordHasBeenSet; }
  inline void SetMasterUserPassword(const Aws::String &value) { m_masterUserPasswordHasBeenSet = true; m_masterUserPassword = value; }
  inline void SetMasterUserPassword(Aws::String &&value) { m_masterUserPasswordHasBeenSet = true; m_masterUserPassword = std::move(value); }
  inline void SetMasterUserPassword(const char *value) { m_masterUserPasswordHasBeenSet = true; m_masterUserPassword.assign(value); }
  inline CreateDBInstanceRequest &WithMasterUserPassword(const Aws::String &value) { SetMasterUserPassword(value); return *this; }
  inline CreateDBInstanceRequest &WithMasterUserPassword(Aws::String &&value) { SetMasterUserPassword(std::move(value)); return *this; }
  inline CreateDBInstanceRequest &WithMasterUserPassword(const char *value) { SetMasterUserPassword(value); return *this; }
  inline const Aws::String &GetDBParameterGroupName() const { return m_dBParameterGroupName; }
  inline bool DBParameterGroupNameHasBeenSet() const { return m_dBParameterGroupNameHasBeenSet; }
  inline void SetDBParameterGroupName(const Aws::String &value) { m_dBParameterGroupNameHasBeenSet = true; m_dBParameterGroupName = value; }
  inline void SetDBParameterGroupName(Aws::String &&value) { m_dBParameterGroupNameHasBeenSet = true; m_dBParameterGroupName = std::move(value); }
  inline void SetDBParameterGroupName(const char *value) { m_dBParameterGroupNameHasBeenSet = true; m_dBParameterGroupName.assign(value); }
  inline CreateDBInstanceRequest &WithDBParameterGroupName(const Aws::String &value) { SetDBParameterGroupName(value); return *this; }
  inline CreateDBInstanceRequest &WithDBParameterGroupName(Aws::String &&value) { SetDBParameterGroupName(std::move(value)); return *this; }
  inline CreateDBInstanceRequest &WithDBParameterGroupName(const char *value) { SetDBParameterGroupName(value); return *this; }
  inline const Aws::String &GetEngineVersion() const { return m_engineVersion; }
  inline bool EngineVersionHasBeenSet() const { return m_engineVersionHasBeenSet; }
  inline void SetEngineVersion(const Aws::String &value) { m_engineVersionHasBeenSet = true; m_engineVersion = value; }
  inline void SetEngineVersion(Aws::String &&value) { m_engineVersionHasBeenSet = true; m_engineVersion = std::move(value); }
  inline void SetEngineVersion(const char *value) { m_engineVersionHasBeenSet = true; m_engineVersion.assign(value); }
  inline CreateDBInstanceRequest &WithEngineVersion(const Aws::String &value) { SetEngineVersion(value); return *this; }
  inline CreateDBInstanceRequest &WithEngineVersion(Aws::String &&value) { SetEngineVersion(std::move(value)); return *this; }
  inline CreateDBInstanceRequest &WithEngineVersion(const char *value) { SetEngineVersion(value); return *this; }
  inline const Aws::String &GetStorageType() const { return m_storageType; }
  inline bool StorageTypeHasBeenSet() const { return m_storageTypeHasBeenSet; }
  inline void SetStorageType(const Aws::String &value) { m_storageTypeHasBeenSet = true; m_storageType = value; }
  inline void SetStorageType(Aws::String &&value) { m_storageTypeHasBeenSet = true; m_storageType = std::move(value); }
  inline void SetStorageType(const char *value) { m_storageTypeHasBeenSet = true; m_storageType.assign(value); }
  inline CreateDBInstanceRequest &WithStorageType(const Aws::String &value) { SetStorageType(value); return *this; }
  inline CreateDBInstanceRequest &WithStorageType(Aws::String &&value) { SetStorageType(std::move(value)); return *this; }
  inline CreateDBInstanceRequest &WithStorageType(const char *value) { SetStorageType(value); return *this; }
  inline const Aws::String &GetDBClusterIdentifier() const { return m_dBClusterIdentifier; }
  inline bool DBClusterIdentifierHasBeenSet() const { return m_dBClusterIdentifierHasBeenSet; }
  inline void SetDBClusterIdentifier(const Aws::String &value) { m_dBClusterIdentifierHasBeenSet = true; m_dBClusterIdentifier = value; }
  inline void SetDBClusterIdentifier(Aws::String &&value) { m_dBClusterIdentifierHasBeenSet = true; m_dBClusterIdentifier = std::move(value); }
  inline void SetDBClusterIdentifier(const char *value) { m_dBClusterIdentifierHasBeenSet = true; m_dBClusterIdentifier.assign(value); }
  inline CreateDBInstanceRequest &WithDBClusterIdentifier(const Aws::String &value) { SetDBClusterIdentifier(value); return *this; }
  inline CreateDBInstanceRequest &WithDBClusterIdentifier(Aws::String &&value) { SetDBClusterIdentifier(std::move(value)); return *this; }
  inline CreateDBInstanceRequest &WithDBClusterIdentifier(const char *value) { SetDBClusterIdentifier(value); return *this; }

private:
  Aws::String m_dBName;
  bool m_dBNameHasBeenSet = false;
  Aws::String m_dBInstanceIdentifier;
  bool m_dBInstanceIdentifierHasBeenSet = false;
  int m_allocatedStorage{0};
  bool m_allocatedStorageHasBeenSet = false;
  Aws::String m_dBInstanceClass;
  bool m_dBInstanceClassHasBeenSet = false;
  Aws::String m_engine;
  bool m_engineHasBeenSet = false;
  Aws::String m_masterUsername;
  bool m_masterUsernameHasBeenSet = false;
  Aws::String m_masterUserPassword;
  bool m_masterUserPasswordHasBeenSet = false;
  Aws::String m_dBParameterGroupName;
  bool m_dBParameterGroupNameHasBeenSet = false;
  Aws::String m_engineVersion;
  bool m_engineVersionHasBeenSet = false;
  Aws::String m_storageType;
  bool m_storageTypeHasBeenSet = false;
  Aws::String m_dBClusterIdentifier;
  bool m_dBClusterIdentifierHasBeenSet = false;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
