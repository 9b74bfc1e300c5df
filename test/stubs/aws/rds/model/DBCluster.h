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
  inline const Aws::String &GetEngine() const { return m_engine; }
  inline bool EngineHasBeenSet() const { return m_engineHasBeenSet; }
  inline void SetEngine(const Aws::String &value) { m_engineHasBeenSet = true; m_engine = value; }
  inline void SetEngine(Aws::String &&value) { m_engineHasBeenSet = true; m_engine = std::move(value); }
  inline void SetEngine(const char *value) { m_engineHasBeenSet = true; m_engine.assign(value); }
  inline DBCluster &WithEngine(const Aws::String &value) { SetEngine(value); return *this; }
  inline DBCluster &WithEngine(Aws::String &&value) { SetEngine(std::move(value)); return *this; }
  inline DBCluster &WithEngine(const char *value) { SetEngine(value); return *this; }
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
  Aws::String m_engine;
  bool m_engineHasBeenSet = false;
  Aws::String m_dBClusterArn;
  bool m_dBClusterArnHasBeenSet = false;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
