// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/rds/RDSRequest.h>

#include <utility>

namespace Aws {
namespace RDS {
namespace Model {
class DescribeDBParameterGroupsRequest : public RDSRequest {
public:
  DescribeDBParameterGroupsRequest();
  inline const char *GetServiceRequestName() const override { return "DescribeDBParameterGroups"; }

  inline const Aws::String &GetDBParameterGroupName() const { return m_dBParameterGroupName; }
  inline bool DBParameterGroupNameHasBeenSet() const { return m_dBParameterGroupNameHasBeenSet; }
  inline void SetDBParameterGroupName(const Aws::String &value) { m_dBParameterGroupNameHasBeenSet = true; m_dBParameterGroupName = value; }
  inline void SetDBParameterGroupName(Aws::String &&value) { m_dBParameterGroupNameHasBeenSet = true; m_dBParameterGroupName = std::move(value); }
  inline void SetDBParameterGroupName(const char *value) { m_dBParameterGroupNameHasBeenSet = true; m_dBParameterGroupName.assign(value); }
  inline DescribeDBParameterGroupsRequest &WithDBParameterGroupName(const Aws::String &value) { SetDBParameterGroupName(value); return *this; }
  inline DescribeDBParameterGroupsRequest &WithDBParameterGroupName(Aws::String &&value) { SetDBParameterGroupName(std::move(value)); return *this; }
  inline DescribeDBParameterGroupsRequest &WithDBParameterGroupName(const char *value) { SetDBParameterGroupName(value); return *this; }
  inline const Aws::String &GetMarker() const { return m_marker; }
  inline bool MarkerHasBeenSet() const { return m_markerHasBeenSet; }
  inline void SetMarker(const Aws::String &value) { m_markerHasBeenSet = true; m_marker = value; }
  inline void SetMarker(Aws::String &&value) { m_markerHasBeenSet = true; m_marker = std::move(value); }
  inline void SetMarker(const char *value) { m_markerHasBeenSet = true; m_marker.assign(value); }
  inline DescribeDBParameterGroupsRequest &WithMarker(const Aws::String &value) { SetMarker(value); return *this; }
  inline DescribeDBParameterGroupsRequest &WithMarker(Aws::String &&value) { SetMarker(std::move(value)); return *this; }
  inline DescribeDBParameterGroupsRequest &WithMarker(const char *value) { SetMarker(value); return *this; }

private:
  Aws::String m_dBParameterGroupName;
  bool m_dBParameterGroupNameHasBeenSet = false;
  Aws::String m_marker;
  bool m_markerHasBeenSet = false;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
