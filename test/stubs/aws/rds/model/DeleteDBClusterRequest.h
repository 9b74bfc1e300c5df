// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/rds/RDSRequest.h>

#include <utility>

namespace Aws {
namespace RDS {
namespace Model {
class DeleteDBClusterRequest : public RDSRequest {
public:
  DeleteDBClusterRequest();
  inline const char *GetServiceRequestName() const override { return "DeleteDBCluster"; }

  inline const Aws::String &GetDBClusterIdentifier() const { return m_dBClusterIdentifier; }
  inline bool DBClusterIdentifierHasBeenSet() const { return m_dBClusterIdentifierHasBeenSet; }
  inline void SetDBClusterIdentifier(const Aws::String &value) { m_dBClusterIdentifierHasBeenSet = true; m_dBClusterIdentifier = value; }
  inline void SetDBClusterIdentifier(Aws::String &&value) { m_dBClusterIdentifierHasBeenSet = true; m_dBClusterIdentifier = std::move(value); }
  inline void SetDBClusterIdentifier(const char *value) { m_dBClusterIdentifierHasBeenSet = true; m_dBClusterIdentifier.assign(value); }
  inline DeleteDBClusterRequest &WithDBClusterIdentifier(const Aws::String &value) { SetDBClusterIdentifier(value); return *this; }
  inline DeleteDBClusterRequest &WithDBClusterIdentifier(Aws::String &&value) { SetDBClusterIdentifier(std::move(value)); return *this; }
  inline DeleteDBClusterRequest &WithDBClusterIdentifier(const char *value) { SetDBClusterIdentifier(value); return *this; }
  inline bool GetSkipFinalSnapshot() const { return m_skipFinalSnapshot; }
  inline bool SkipFinalSnapshotHasBeenSet() const { return m_skipFinalSnapshotHasBeenSet; }
  inline void SetSkipFinalSnapshot(bool value) { m_skipFinalSnapshotHasBeenSet = true; m_skipFinalSnapshot = value; }
  inline DeleteDBClusterRequest &WithSkipFinalSnapshot(bool value) { SetSkipFinalSnapshot(value); return *this; }
  inline const Aws::String &GetFinalDBSnapshotIdentifier() const { return m_finalDBSnapshotIdentifier; }
  inline bool FinalDBSnapshotIdentifierHasBeenSet() const { return m_finalDBSnapshotIdentifierHasBeenSet; }
  inline void SetFinalDBSnapshotIdentifier(const Aws::String &value) { m_finalDBSnapshotIdentifierHasBeenSet = true; m_finalDBSnapshotIdentifier = value; }
  inline void SetFinalDBSnapshotIdentifier(Aws::String &&value) { m_finalDBSnapshotIdentifierHasBeenSet = true; m_finalDBSnapshotIdentifier = std::move(value); }
  inline void SetFinalDBSnapshotIdentifier(const char *value) { m_finalDBSnapshotIdentifierHasBeenSet = true; m_finalDBSnapshotIdentifier.assign(value); }
  inline DeleteDBClusterRequest &WithFinalDBSnapshotIdentifier(const Aws::String &value) { SetFinalDBSnapshotIdentifier(value); return *this; }
  inline DeleteDBClusterRequest &WithFinalDBSnapshotIdentifier(Aws::String &&value) { SetFinalDBSnapshotIdentifier(std::move(value)); return *this; }
  inline DeleteDBClusterRequest &WithFinalDBSnapshotIdentifier(const char *value) { SetFinalDBSnapshotIdentifier(value); return *this; }

private:
  Aws::String m_dBClusterIdentifier;
  bool m_dBClusterIdentifierHasBeenSet = false;
  bool m_skipFinalSnapshot{false};
  bool m_skipFinalSnapshotHasBeenSet = false;
  Aws::String m_finalDBSnapshotIdentifier;
  bool m_finalDBSnapshotIdentifierHasBeenSet = false;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
