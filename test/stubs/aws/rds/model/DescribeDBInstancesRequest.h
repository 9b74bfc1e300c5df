// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/rds/RDSRequest.h>

#include <utility>

namespace Aws {
namespace RDS {
namespace Model {
class DescribeDBInstancesRequest : public RDSRequest {
public:
  DescribeDBInstancesRequest();
  inline const char *GetServiceRequestName() const override { return "DescribeDBInstances"; }

  inline const Aws::String &GetDBInstanceIdentifier() const { return m_dBInstanceIdentifier; }
  inline bool DBInstanceIdentifierHasBeenSet() const { return m_dBInstanceIdentifierHasBeenSet; }
  inline void SetDBInstanceIdentifier(const Aws::String &value) { m_dBInstanceIdentifierHasBeenSet = true; m_dBInstanceIdentifier = value; }
  inline void SetDBInstanceIdentifier(Aws::String &&value) { m_dBInstanceIdentifierHasBeenSet = true; m_dBInstanceIdentifier = std::move(value); }
  inline void SetDBInstanceIdentifier(const char *value) { m_dBInstanceIdentifierHasBeenSet = true; m_dBInstanceIdentifier.assign(value); }
  inline DescribeDBInstancesRequest &WithDBInstanceIdentifier(const Aws::String &value) { SetDBInstanceIdentifier(value); return *this; }
  inline DescribeDBInstancesRequest &WithDBInstanceIdentifier(Aws::String &&value) { SetDBInstanceIdentifier(std::move(value)); return *this; }
  inline DescribeDBInstancesRequest &WithDBInstanceIdentifier(const char *value) { SetDBInstanceIdentifier(value); return *this; }
  inline const Aws::String &GetMarker() const { return m_marker; }
  inline bool MarkerHasBeenSet() const { return m_markerHasBeenSet; }
  inline void SetMarker(const Aws::String &value) { m_markerHasBeenSet = true; m_marker = value; }
  inline void SetMarker(Aws::String &&value) { m_markerHasBeenSet = true; m_marker = std::move(value); }
  inline void SetMarker(const char *value) { m_markerHasBeenSet = true; m_marker.assign(value); }
  inline DescribeDBInstancesRequest &WithMarker(const Aws::String &value) { SetMarker(value); return *this; }
  inline DescribeDBInstancesRequest &WithMarker(Aws::String &&value) { SetMarker(std::move(value)); return *this; }
  inline DescribeDBInstancesRequest &WithMarker(const char *value) { SetMarker(value); return *this; }

private:
  Aws::String m_dBInstanceIdentifier;
  bool m_dBInstanceIdentifierHasBeenSet = false;
  Aws::String m_marker;
  bool m_markerHasBeenSet = false;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
