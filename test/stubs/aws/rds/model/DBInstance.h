// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

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

private:
  Aws::String m_dBInstanceIdentifier;
  bool m_dBInstanceIdentifierHasBeenSet = false;
  Aws::String m_dBInstanceClass;
  bool m_dBInstanceClassHasBeenSet = false;
  Aws::String m_engine;
  bool m_engineHasBeenSet = false;
  Aws::String m_dBInstanceStatus;
  bool m_dBInstanceStatusHasBeenSet = false;
  Aws::String m_dBClusterIdentifier;
  bool m_dBClusterIdentifierHasBeenSet = false;
  Aws::String m_dBInstanceArn;
  bool m_dBInstanceArnHasBeenSet = false;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
