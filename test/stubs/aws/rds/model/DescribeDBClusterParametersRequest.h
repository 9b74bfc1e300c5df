// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/rds/RDSRequest.h>

#include <utility>

namespace Aws {
namespace RDS {
namespace Model {
class DescribeDBClusterParametersRequest : public RDSRequest {
public:
  DescribeDBClusterParametersRequest();
  inline const char *GetServiceRequestName() const override { return "DescribeDBClusterParameters"; }

  inline const Aws::String &GetDBClusterParameterGroupName() const { return m_dBClusterParameterGroupName; }
  inline bool DBClusterParameterGroupNameHasBeenSet() const { return m_dBClusterParameterGroupNameHasBeenSet; }
  inline void SetDBClusterParameterGroupName(const Aws::String &value) { m_dBClusterParameterGroupNameHasBeenSet = true; m_dBClusterParameterGroupName = value; }
  inline void SetDBClusterParameterGroupName(Aws::String &&value) { m_dBClusterParameterGroupNameHasBeenSet = true; m_dBClusterParameterGroupName = std::move(value); }
  inline void SetDBClusterParameterGroupName(const char *value) { m_dBClusterParameterGroupNameHasBeenSet = true; m_dBClusterParameterGroupName.assign(value); }
  inline DescribeDBClusterParametersRequest &WithDBClusterParameterGroupName(const Aws::String &value) { SetDBClusterParameterGroupName(value); return *this; }
  inline DescribeDBClusterParametersRequest &WithDBClusterParameterGroupName(Aws::String &&value) { SetDBClusterParameterGroupName(std::move(value)); return *this; }
  inline DescribeDBClusterParametersRequest &WithDBClusterParameterGroupName(const char *value) { SetDBClusterParameterGroupName(value); return *this; }
  inline const Aws::String &GetSource() const { return m_source; }
  inline bool SourceHasBeenSet() const { return m_sourceHasBeenSet; }
  inline void SetSource(const Aws::String &value) { m_sourceHasBeenSet = true; m_source = value; }
  inline void SetSource(Aws::String &&value) { m_sourceHasBeenSet = true; m_source = std::move(value); }
  inline void SetSource(const char *value) { m_sourceHasBeenSet = true; m_source.assign(value); }
  inline DescribeDBClusterParametersRequest &WithSource(const Aws::String &value) { SetSource(value); return *this; }
  inline DescribeDBClusterParametersRequest &WithSource(Aws::String &&value) { SetSource(std::move(value)); return *this; }
  inline DescribeDBClusterParametersRequest &WithSource(const char *value) { SetSource(value); return *this; }
  inline const Aws::String &GetMarker() const { return m_marker; }
  inline bool MarkerHasBeenSet() const { return m_markerHasBeenSet; }
  inline void SetMarker(const Aws::String &value) { m_markerHasBeenSet = true; m_marker = value; }
  inline void SetMarker(Aws::String &&value) { m_markerHasBeenSet = true; m_marker = std::move(value); }
  inline void SetMarker(const char *value) { m_markerHasBeenSet = true; m_marker.assign(value); }
  inline DescribeDBClusterParametersRequest &WithMarker(const Aws::String &value) { SetMarker(value); return *this; }
  inline DescribeDBClusterParametersRequest &WithMarker(Aws::String &&value) { SetMarker(std::move(value)); return *this; }
  inline DescribeDBClusterParametersRequest &WithMarker(const char *value) { SetMarker(value); return *this; }

private:
  Aws::String m_dBClusterParameterGroupName;
  bool m_dBClusterParameterGroupNameHasBeenSet = false;
  Aws::String m_source;
  bool m_sourceHasBeenSet = false;
  Aws::String m_marker;
  bool m_markerHasBeenSet = false;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
