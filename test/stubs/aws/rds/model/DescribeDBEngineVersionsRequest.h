// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/rds/RDSRequest.h>

#include <utility>

namespace Aws {
namespace RDS {
namespace Model {
class DescribeDBEngineVersionsRequest : public RDSRequest {
public:
  DescribeDBEngineVersionsRequest();
  inline const char *GetServiceRequestName() const override { return "DescribeDBEngineVersions"; }

  inline const Aws::String &GetEngine() const { return m_engine; }
  inline bool EngineHasBeenSet() const { return m_engineHasBeenSet; }
  inline void SetEngine(const Aws::String &value) { m_engineHasBeenSet = true; m_engine = value; }
  inline void SetEngine(Aws::String &&value) { m_engineHasBeenSet = true; m_engine = std::move(value); }
  inline void SetEngine(const char *value) { m_engineHasBeenSet = true; m_engine.assign(value); }
  inline DescribeDBEngineVersionsRequest &WithEngine(const Aws::String &value) { SetEngine(value); return *this; }
  inline DescribeDBEngineVersionsRequest &WithEngine(Aws::String &&value) { SetEngine(std::move(value)); return *this; }
  inline DescribeDBEngineVersionsRequest &WithEngine(const char *value) { SetEngine(value); return *this; }
  inline const Aws::String &GetEngineVersion() const { return m_engineVersion; }
  inline bool EngineVersionHasBeenSet() const { return m_engineVersionHasBeenSet; }
  inline void SetEngineVersion(const Aws::String &value) { m_engineVersionHasBeenSet = true; m_engineVersion = value; }
  inline void SetEngineVersion(Aws::String &&value) { m_engineVersionHasBeenSet = true; m_engineVersion = std::move(value); }
  inline void SetEngineVersion(const char *value) { m_engineVersionHasBeenSet = true; m_engineVersion.assign(value); }
  inline DescribeDBEngineVersionsRequest &WithEngineVersion(const Aws::String &value) { SetEngineVersion(value); return *this; }
  inline DescribeDBEngineVersionsRequest &WithEngineVersion(Aws::String &&value) { SetEngineVersion(std::move(value)); return *this; }
  inline DescribeDBEngineVersionsRequest &WithEngineVersion(const char *value) { SetEngineVersion(value); return *this; }
  inline const Aws::String &GetDBParameterGroupFamily() const { return m_dBParameterGroupFamily; }
  inline bool DBParameterGroupFamilyHasBeenSet() const { return m_dBParameterGroupFamilyHasBeenSet; }
  inline void SetDBParameterGroupFamily(const Aws::String &value) { m_dBParameterGroupFamilyHasBeenSet = true; m_dBParameterGroupFamily = value; }
  inline void SetDBParameterGroupFamily(Aws::String &&value) { m_dBParameterGroupFamilyHasBeenSet = true; m_dBParameterGroupFamily = std::move(value); }
  inline void SetDBParameterGroupFamily(const char *value) { m_dBParameterGroupFamilyHasBeenSet = true; m_dBParameterGroupFamily.assign(value); }
  inline DescribeDBEngineVersionsRequest &WithDBParameterGroupFamily(const Aws::String &value) { SetDBParameterGroupFamily(value); return *this; }
  inline DescribeDBEngineVersionsRequest &WithDBParameterGroupFamily(Aws::String &&value) { SetDBParameterGroupFamily(std::move(value)); return *this; }
  inline DescribeDBEngineVersionsRequest &WithDBParameterGroupFamily(const char *value) { SetDBParameterGroupFamily(value); return *this; }
  inline const Aws::String &GetMarker() const { return m_marker; }
  inline bool MarkerHasBeenSet() const { return m_markerHasBeenSet; }
  inline void SetMarker(const Aws::String &value) { m_markerHasBeenSet = true; m_marker = value; }
  inline void SetMarker(Aws::String &&value) { m_markerHasBeenSet = true; m_marker = std::move(value); }
  inline void SetMarker(const char *value) { m_markerHasBeenSet = true; m_marker.assign(value); }
  inline DescribeDBEngineVersionsRequest &WithMarker(const Aws::String &value) { SetMarker(value); return *this; }
  inline DescribeDBEngineVersionsRequest &WithMarker(Aws::String &&value) { SetMarker(std::move(value)); return *this; }
  inline DescribeDBEngineVersionsRequest &WithMarker(const char *value) { SetMarker(value); return *this; }

private:
  Aws::String m_engine;
  bool m_engineHasBeenSet = false;
  Aws::String m_engineVersion;
  bool m_engineVersionHasBeenSet = false;
  Aws::String m_dBParameterGroupFamily;
  bool m_dBParameterGroupFamilyHasBeenSet = false;
  Aws::String m_marker;
  bool m_markerHasBeenSet = false;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
