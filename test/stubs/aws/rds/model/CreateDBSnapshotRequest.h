// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/rds/RDSRequest.h>

#include <utility>

namespace Aws {
namespace RDS {
namespace Model {
class CreateDBSnapshotRequest : public RDSRequest {
public:
  CreateDBSnapshotRequest();
  inline const char *GetServiceRequestName() const override { return "CreateDBSnapshot"; }

  inline const Aws::String &GetDBSnapshotIdentifier() const { return m_dBSnapshotIdentifier; }
  inline bool DBSnapshotIdentifierHasBeenSet() const { return m_dBSnapshotIdentifierHasBeenSet; }
  inline void SetDBSnapshotIdentifier(const Aws::String &value) { m_dBSnapshotIdentifierHasBeenSet = true; m_dBSnapshotIdentifier = value; }
  inline void SetDBSnapshotIdentifier(Aws::String &&value) { m_dBSnapshotIdentifierHasBeenSet = true; m_dBSnapshotIdentifier = std::move(value); }
  inline void SetDBSnapshotIdentifier(const char *value) { m_dBSnapshotIdentifierHasBeenSet = true; m_dBSnapshotIdentifier.assign(value); }
  inline CreateDBSnapshotRequest &WithDBSnapshotIdentifier(const Aws::String &value) { SetDBSnapshotIdentifier(value); return *this; }
  inline CreateDBSnapshotRequest &WithDBSnapshotIdentifier(Aws::String &&value) { SetDBSnapshotIdentifier(std::move(value)); return *this; }
  inline CreateDBSnapshotRequest &WithDBSnapshotIdentifier(const char *value) { SetDBSnapshotIdentifier(value); return *this; }
  inline const Aws::String &GetDBInstanceIdentifier() const { return m_dBInstanceIdentifier; }
  inline bool DBInstanceIdentifierHasBeenSet() const { return m_dBInstanceIdentifierHasBeenSet; }
  inline void SetDBInstanceIdentifier(const Aws::String &value) { m_dBInstanceIdentifierHasBeenSet = true; m_dBInstanceIdentifier = value; }
  inline void SetDBInstanceIdentifier(Aws::String &&value) { m_dBInstanceIdentifierHasBeenSet = true; m_dBInstanceIdentifier = std::move(value); }
  inline void SetDBInstanceIdentifier(const char *value) { m_dBInstanceIdentifierHasBeenSet = true; m_dBInstanceIdentifier.assign(value); }
  inline CreateDBSnapshotRequest &WithDBInstanceIdentifier(const Aws::String &value) { SetDBInstanceIdentifier(value); return *this; }
  inline CreateDBSnapshotRequest &WithDBInstanceIdentifier(Aws::String &&value) { SetDBInstanceIdentifier(std::move(value)); return *this; }
  inline CreateDBSnapshotRequest &WithDBInstanceIdentifier(const char *value) { SetDBInstanceIdentifier(value); return *this; }

private:
  Aws::String m_dBSnapshotIdentifier;
  bool m_dBSnapshotIdentifierHasBeenSet = false;
  Aws::String m_dBInstanceIdentifier;
  bool m_dBInstanceIdentifierHasBeenSet = false;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
