// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/rds/RDSRequest.h>

#include <utility>

namespace Aws {
namespace RDS {
namespace Model {
class DescribeDBClusterSnapshotsRequest : public RDSRequest {
public:
  DescribeDBClusterSnapshotsRequest();
  inline const char *GetServiceRequestName() const override { return "DescribeDBClusterSnapshots"; }

  inline const Aws::String &GetDBClusterIdentifier() const { return m_dBClusterIdentifier; }
  inline bool DBClusterIdentifierHasBeenSet() const { return m_dBClusterIdentifierHasBeenSet; }
  inline void SetDBClusterIdentifier(const Aws::String &value) { m_dBClusterIdentifierHasBeenSet = true; m_dBClusterIdentifier = value; }
  inline void SetDBClusterIdentifier(Aws::String &&value) { m_dBClusterIdentifierHasBeenSet = true; m_dBClusterIdentifier = std::move(value); }
  inline void SetDBClusterIdentifier(const char *value) { m_dBClusterIdentifierHasBeenSet = true; m_dBClusterIdentifier.assign(value); }
  inline DescribeDBClusterSnapshotsRequest &WithDBClusterIdentifier(const Aws::String &value) { SetDBClusterIdentifier(value); return *this; }
  inline DescribeDBClusterSnapshotsRequest &WithDBClusterIdentifier(Aws::String &&value) { SetDBClusterIdentifier(std::move(value)); return *this; }
  inline DescribeDBClusterSnapshotsRequest &WithDBClusterIdentifier(const char *value) { SetDBClusterIdentifier(value); return *this; }
  inline const Aws::String &GetDBClusterSnapshotIdentifier() const { return m_dBClusterSnapshotIdentifier; }
  inline bool DBClusterSnapshotIdentifierHasBeenSet() const { return m_dBClusterSnapshotIdentifierHasBeenSet; }
  inline void SetDBClusterSnapshotIdentifier(const Aws::String &value) { m_dBClusterSnapshotIdentifierHasBeenSet = true; m_dBClusterSnapshotIdentifier = value; }
  inline void SetDBClusterSnapshotIdentifier(Aws::String &&value) { m_dBClusterSnapshotIdentifierHasBeenSet = true; m_dBClusterSnapshotIdentifier = std::move(value); }
  inline void SetDBClusterSnapshotIdentifier(const char *value) { m_dBClusterSnapshotIdentifierHasBeenSet = true; m_dBClusterSnapshotIdentifier.assign(value); }
  inline DescribeDBClusterSnapshotsRequest &WithDBClusterSnapshotIdentifier(const Aws::String &value) { SetDBClusterSnapshotIdentifier(value); return *this; }
  inline DescribeDBClusterSnapshotsRequest &WithDBClusterSnapshotIdentifier(Aws::String &&value) { SetDBClusterSnapshotIdentifier(std::move(value)); return *this; }
  inline DescribeDBClusterSnapshotsRequest &WithDBClusterSnapshotIdentifier(const char *value) { SetDBClusterSnapshotIdentifier(value); return *this; }
  inline const Aws::String &GetMarker() const { return m_marker; }
  inline bool MarkerHasBeenSet() const { return m_markerHasBeenSet; }
  inline void SetMarker(const Aws::String &value) { m_markerHasBeenSet = true; m_marker = value; }
  inline void SetMarker(Aws::String &&value) { m_markerHasBeenSet = true; m_marker = std::move(value); }
  inline void SetMarker(const char *value) { m_markerHasBeenSet = true; m_marker.assign(value); }
  inline DescribeDBClusterSnapshotsRequest &WithMarker(const Aws::String &value) { SetMarker(value); return *this; }
  inline DescribeDBClusterSnapshotsRequest &WithMarker(Aws::String &&value) { SetMarker(std::move(value)); return *this; }
  inline DescribeDBClusterSnapshotsRequest &WithMarker(const char *value) { SetMarker(value); return *this; }

private:
  Aws::String m_dBClusterIdentifier;
  bool m_dBClusterIdentifierHasBeenSet = false;
  Aws::String m_dBClusterSnapshotIdentifier;
  bool m_dBClusterSnapshotIdentifierHasBeenSet = false;
  Aws::String m_marker;
  bool m_markerHasBeenSet = false;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
