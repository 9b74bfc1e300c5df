// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

#include <utility>

namespace Aws {
namespace RDS {
namespace Model {
class DBClusterSnapshot {
public:
  DBClusterSnapshot();

  inline const Aws::String &GetDBClusterSnapshotIdentifier() const { return m_dBClusterSnapshotIdentifier; }
  inline bool DBClusterSnapshotIdentifierHasBeenSet() const { return m_dBClusterSnapshotIdentifierHasBeenSet; }
  inline void SetDBClusterSnapshotIdentifier(const Aws::String &value) { m_dBClusterSnapshotIdentifierHasBeenSet = true; m_dBClusterSnapshotIdentifier = value; }
  inline void SetDBClusterSnapshotIdentifier(Aws::String &&value) { m_dBClusterSnapshotIdentifierHasBeenSet = true; m_dBClusterSnapshotIdentifier = std::move(value); }
  inline void SetDBClusterSnapshotIdentifier(const char *value) { m_dBClusterSnapshotIdentifierHasBeenSet = true; m_dBClusterSnapshotIdentifier.assign(value); }
  inline DBClusterSnapshot &WithDBClusterSnapshotIdentifier(const Aws::String &value) { SetDBClusterSnapshotIdentifier(value); return *this; }
  inline DBClusterSnapshot &WithDBClusterSnapshotIdentifier(Aws::String &&value) { SetDBClusterSnapshotIdentifier(std::move(value)); return *this; }
  inline DBClusterSnapshot &WithDBClusterSnapshotIdentifier(const char *value) { SetDBClusterSnapshotIdentifier(value); return *this; }
  inline const Aws::String &GetDBClusterIdentifier() const { return m_dBClusterIdentifier; }
  inline bool DBClusterIdentifierHasBeenSet() const { return m_dBClusterIdentifierHasBeenSet; }
  inline void SetDBClusterIdentifier(const Aws::String &value) { m_dBClusterIdentifierHasBeenSet = true; m_dBClusterIdentifier = value; }
  inline void SetDBClusterIdentifier(Aws::String &&value) { m_dBClusterIdentifierHasBeenSet = true; m_dBClusterIdentifier = std::move(value); }
  inline void SetDBClusterIdentifier(const char *value) { m_dBClusterIdentifierHasBeenSet = true; m_dBClusterIdentifier.assign(value); }
  inline DBClusterSnapshot &WithDBClusterIdentifier(const Aws::String &value) { SetDBClusterIdentifier(value); return *this; }
  inline DBClusterSnapshot &WithDBClusterIdentifier(Aws::String &&value) { SetDBClusterIdentifier(std::move(value)); return *this; }
  inline DBClusterSnapshot &WithDBClusterIdentifier(const char *value) { SetDBClusterIdentifier(value); return *this; }
  inline const Aws::String &GetStatus() const { return m_status; }
  inline bool StatusHasBeenSet() const { return m_statusHasBeenSet; }
  inline void SetStatus(const Aws::String &value) { m_statusHasBeenSet = true; m_status = value; }
  inline void SetStatus(Aws::String &&value) { m_statusHasBeenSet = true; m_status = std::move(value); }
  inline void SetStatus(const char *value) { m_statusHasBeenSet = true; m_status.assign(value); }
  inline DBClusterSnapshot &WithStatus(const Aws::String &value) { SetStatus(value); return *this; }
  inline DBClusterSnapshot &WithStatus(Aws::String &&value) { SetStatus(std::move(value)); return *this; }
  inline DBClusterSnapshot &WithStatus(const char *value) { SetStatus(value); return *this; }

private:
  Aws::String m_dBClusterSnapshotIdentifier;
  bool m_dBClusterSnapshotIdentifierHasBeenSet = false;
  Aws::String m_dBClusterIdentifier;
  bool m_dBClusterIdentifierHasBeenSet = false;
  Aws::String m_status;
  bool m_statusHasBeenSet = false;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
