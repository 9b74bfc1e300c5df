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

  inline const Aws::String &GetDBInstanceIdentifier() const { return m_dBInstanceIdentifier; }
  inline bool DBInstanceIdentifierHasBeenSet() const { return m_dBInstanceIdentifierHasBeenSet; }
  inline void SetDBInstanceIdentifier(const Aws::String &value) { m_dBInstanceIdentifierHasBeenSet = true; m_dBInstanceIdentifier = value; }
  inline void SetDBInstanceIdentifier(Aws::String &&value) { m_dBInstanceIdentifierHasBeenSet = true; m_dBInstanceIdentifier = std::move(value); }
  inline void SetDBInstanceIdentifier(const char *value) { m_dBInstanceIdentifierHasBeenSet = true; m_dBInstanceIdentifier.assign(value); }
  inline CreateDBInstanceRequest &WithDBInstanceIdentifier(const Aws::String &value) { SetDBInstanceIdentifier(value); return *this; }
  inline CreateDBInstanceRequest &WithDBInstanceIdentifier(Aws::String &&value) { SetDBInstanceIdentifier(std::move(value)); return *this; }
  inline CreateDBInstanceRequest &WithDBInstanceIdentifier(const char *value) { SetDBInstanceIdentifier(value); return *this; }
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
  inline const Aws::String &GetDBClusterIdentifier() const { return m_dBClusterIdentifier; }
  inline bool DBClusterIdentifierHasBeenSet() const { return m_dBClusterIdentifierHasBeenSet; }
  inline void SetDBClusterIdentifier(const Aws::String &value) { m_dBClusterIdentifierHasBeenSet = true; m_dBClusterIdentifier = value; }
  inline void SetDBClusterIdentifier(Aws::String &&value) { m_dBClusterIdentifierHasBeenSet = true; m_dBClusterIdentifier = std::move(value); }
  inline void SetDBClusterIdentifier(const char *value) { m_dBClusterIdentifierHasBeenSet = true; m_dBClusterIdentifier.assign(value); }
  inline CreateDBInstanceRequest &WithDBClusterIdentifier(const Aws::String &value) { SetDBClusterIdentifier(value); return *this; }
  inline CreateDBInstanceRequest &WithDBClusterIdentifier(Aws::String &&value) { SetDBClusterIdentifier(std::move(value)); return *this; }
  inline CreateDBInstanceRequest &WithDBClusterIdentifier(const char *value) { SetDBClusterIdentifier(value); return *this; }

private:
  Aws::String m_dBInstanceIdentifier;
  bool m_dBInstanceIdentifierHasBeenSet = false;
  Aws::String m_dBInstanceClass;
  bool m_dBInstanceClassHasBeenSet = false;
  Aws::String m_engine;
  bool m_engineHasBeenSet = false;
  Aws::String m_dBClusterIdentifier;
  bool m_dBClusterIdentifierHasBeenSet = false;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
