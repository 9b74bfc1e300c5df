// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/rds/RDSRequest.h>

#include <utility>

namespace Aws {
namespace RDS {
namespace Model {
class DeleteDBInstanceRequest : public RDSRequest {
public:
  DeleteDBInstanceRequest();
  inline const char *GetServiceRequestName() const override { return "DeleteDBInstance"; }

  inline const Aws::String &GetDBInstanceIdentifier() const { return m_dBInstanceIdentifier; }
  inline bool DBInstanceIdentifierHasBeenSet() const { return m_dBInstanceIdentifierHasBeenSet; }
  inline void SetDBInstanceIdentifier(const Aws::String &value) { m_dBInstanceIdentifierHasBeenSet = true; m_dBInstanceIdentifier = value; }
  inline void SetDBInstanceIdentifier(Aws::String &&value) { m_dBInstanceIdentifierHasBeenSet = true; m_dBInstanceIdentifier = std::move(value); }
  inline void SetDBInstanceIdentifier(const char *value) { m_dBInstanceIdentifierHasBeenSet = true; m_dBInstanceIdentifier.assign(value); }
  inline DeleteDBInstanceRequest &WithDBInstanceIdentifier(const Aws::String &value) { SetDBInstanceIdentifier(value); return *this; }
  inline DeleteDBInstanceRequest &WithDBInstanceIdentifier(Aws::String &&value) { SetDBInstanceIdentifier(std::move(value)); return *this; }
  inline DeleteDBInstanceRequest &WithDBInstanceIdentifier(const char *value) { SetDBInstanceIdentifier(value); return *this; }
  inline bool GetSkipFinalSnapshot() const { return m_skipFinalSnapshot; }
  inline bool SkipFinalSnapshotHasBeenSet() const { return m_skipFinalSnapshotHasBeenSet; }
  inline void SetSkipFinalSnapshot(bool value) { m_skipFinalSnapshotHasBeenSet = true; m_skipFinalSnapshot = value; }
  inline DeleteDBInstanceRequest &WithSkipFinalSnapshot(bool value) { SetSkipFinalSnapshot(value); return *this; }
  inline const Aws::String &GetFinalDBSnapshotIdentifier() const { return m_finalDBSnapshotIdentifier; }
  inline bool FinalDBSnapshotIdentifierHasBeenSet() const { return m_finalDBSnapshotIdentifierHasBeenSet; }
  inline void SetFinalDBSnapshotIdentifier(const Aws::String &value) { m_finalDBSnapshotIdentifierHasBeenSet = true; m_finalDBSnapshotIdentifier = value; }
  inline void SetFinalDBSnapshotIdentifier(Aws::String &&value) { m_finalDBSnapshotIdentifierHasBeenSet = true; m_finalDBSnapshotIdentifier = std::move(value); }
  inline void SetFinalDBSnapshotIdentifier(const char *value) { m_finalDBSnapshotIdentifierHasBeenSet = true; m_finalDBSnapshotIdentifier.assign(value); }
  inline DeleteDBInstanceRequest &WithFinalDBSnapshotIdentifier(const Aws::String &value) { SetFinalDBSnapshotIdentifier(value); return *this; }
  inline DeleteDBInstanceRequest &WithFinalDBSnapshotIdentifier(Aws::String &&value) { SetFinalDBSnapshotIdentifier(std::move(value)); return *this; }
  inline DeleteDBInstanceRequest &WithFinalDBSnapshotIdentifier(const char *value) { SetFinalDBSnapshotIdentifier(value); return *this; }
  inline bool GetDeleteAutomatedBackups() const { return m_deleteAutomatedBackups; }
  inline bool DeleteAutomatedBackupsHasBeenSet() const { return m_deleteAutomatedBackupsHasBeenSet; }
  inline void SetDeleteAutomatedBackups(bool value) { m_deleteAutomatedBackupsHasBeenSet = true; m_deleteAutomatedBackups = value; }
  inline DeleteDBInstanceRequest &WithDeleteAutomatedBackups(bool value) { SetDeleteAutomatedBackups(value); return *this; }

private:
  Aws::String m_dBInstanceIdentifier;
  bool m_dBInstanceIdentifierHasBeenSet = false;
  bool m_skipFinalSnapshot{false};
  bool m_skipFinalSnapshotHasBeenSet = false;
  Aws::String m_finalDBSnapshotIdentifier;
  bool m_finalDBSnapshotIdentifierHasBeenSet = false;
  bool m_deleteAutomatedBackups{false};
  bool m_deleteAutomatedBackupsHasBeenSet = false;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
