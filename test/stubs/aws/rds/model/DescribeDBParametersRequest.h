// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/rds/RDSRequest.h>

#include <utility>

namespace Aws {
namespace RDS {
namespace Model {
class DescribeDBParametersRequest : public RDSRequest {
public:
  DescribeDBParametersRequest();
  inline const char *GetServiceRequestName() const override { return "DescribeDBParameters"; }

  inline const Aws::String &GetDBParameterGroupName() const { return m_dBParameterGroupName; }
  inline bool DBParameterGroupNameHasBeenSet() const { return m_dBParameterGroupNameHasBeenSet; }
  inline void SetDBParameterGroupName(const Aws::String &value) { m_dBParameterGroupNameHasBeenSet = true; m_dBParameterGroupName = value; }
  inline void SetDBParameterGroupName(Aws::String &&value) { m_dBParameterGroupNameHasBeenSet = true; m_dBParameterGroupName = std::move(value); }
  inline void SetDBParameterGroupName(const char *value) { m_dBParameterGroupNameHasBeenSet = true; m_dBParameterGroupName.assign(value); }
  inline DescribeDBParametersRequest &WithDBParameterGroupName(const Aws::String &value) { SetDBParameterGroupName(value); return *this; }
  inline DescribeDBParametersRequest &WithDBParameterGroupName(Aws::String &&value) { SetDBParameterGroupName(std::move(value)); return *this; }
  inline DescribeDBParametersRequest &WithDBParameterGroupName(const char *value) { SetDBParameterGroupName(value); return *this; }
  inline const Aws::String &GetSource() const { return m_source; }
  inline bool SourceHasBeenSet() const { return m_sourceHasBeenSet; }
  inline void SetSource(const Aws::String &value) { m_sourceHasBeenSet = true; m_source = value; }
  inline void SetSource(Aws::String &&value) { m_sourceHasBeenSet = true; m_source = std::move(value); }
  inline void SetSource(const char *value) { m_sourceHasBeenSet = true; m_source.assign(value); }
  inline DescribeDBParametersRequest &WithSource(const Aws::String &value) { SetSource(value); return *this; }
  inline DescribeDBParametersRequest &WithSource(Aws::String &&value) { SetSource(std::move(value)); return *this; }
  inline DescribeDBParametersRequest &WithSource(const char *value) { SetSource(value); return *this; }
  inline const Aws::String &GetMarker() const { return m_marker; }
  inline bool MarkerHasBeenSet() const { return m_markerHasBeenSet; }
  inline void SetMarker(const Aws::String &value) { m_markerHasBeenSet = true; m_marker = value; }
  inline void SetMarker(Aws::String &&value) { m_markerHasBeenSet = true; m_marker = std::move(value); }
  inline void SetMarker(const char *value) { m_markerHasBeenSet = true; m_marker.assign(value); }
  inline DescribeDBParametersRequest &WithMarker(const Aws::String &value) { SetMarker(value); return *this; }
  inline DescribeDBParametersRequest &WithMarker(Aws::String &&value) { SetMarker(std::move(value)); return *this; }
  inline DescribeDBParametersRequest &WithMarker(const char *value) { SetMarker(value); return *this; }

private:
  Aws::String m_dBParameterGroupName;
  bool m_dBParameterGroupNameHasBeenSet = false;
  Aws::String m_source;
  bool m_sourceHasBeenSet = false;
  Aws::String m_marker;
  bool m_markerHasBeenSet = false;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
