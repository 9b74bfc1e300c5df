// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/rds/RDSRequest.h>

#include <utility>

namespace Aws {
namespace RDS {
namespace Model {
class DescribeOrderableDBInstanceOptionsRequest : public RDSRequest {
public:
  DescribeOrderableDBInstanceOptionsRequest();
  inline const char *GetServiceRequestName() const override { return "DescribeOrderableDBInstanceOptions"; }

  inline const Aws::String &GetEngine() const { return m_engine; }
  inline bool EngineHasBeenSet() const { return m_engineHasBeenSet; }
  inline void SetEngine(const Aws::String &value) { m_engineHasBeenSet = true; m_engine = value; }
  inline void SetEngine(Aws::String &&value) { m_engineHasBeenSet = true; m_engine = std::move(value); }
  inline void SetEngine(const char *value) { m_engineHasBeenSet = true; m_engine.assign(value); }
  inline DescribeOrderableDBInstanceOptionsRequest &WithEngine(const Aws::String &value) { SetEngine(value); return *this; }
  inline DescribeOrderableDBInstanceOptionsRequest &WithEngine(Aws::String &&value) { SetEngine(std::move(value)); return *this; }
  inline DescribeOrderableDBInstanceOptionsRequest &WithEngine(const char *value) { SetEngine(value); return *this; }
  inline const Aws::String &GetEngineVersion() const { return m_engineVersion; }
  inline bool EngineVersionHasBeenSet() const { return m_engineVersionHasBeenSet; }
  inline void SetEngineVersion(const Aws::String &value) { m_engineVersionHasBeenSet = true; m_engineVersion = value; }
  inline void SetEngineVersion(Aws::String &&value) { m_engineVersionHasBeenSet = true; m_engineVersion = std::move(value); }
  inline void SetEngineVersion(const char *value) { m_engineVersionHasBeenSet = true; m_engineVersion.assign(value); }
  inline DescribeOrderableDBInstanceOptionsRequest &WithEngineVersion(const Aws::String &value) { SetEngineVersion(value); return *this; }
  inline DescribeOrderableDBInstanceOptionsRequest &WithEngineVersion(Aws::String &&value) { SetEngineVersion(std::move(value)); return *this; }
  inline DescribeOrderableDBInstanceOptionsRequest &WithEngineVersion(const char *value) { SetEngineVersion(value); return *this; }
  inline const Aws::String &GetDBInstanceClass() const { return m_dBInstanceClass; }
  inline bool DBInstanceClassHasBeenSet() const { return m_dBInstanceClassHasBeenSet; }
  inline void SetDBInstanceClass(const Aws::String &value) { m_dBInstanceClassHasBeenSet = true; m_dBInstanceClass = value; }
  inline void SetDBInstanceClass(Aws::String &&value) { m_dBInstanceClassHasBeenSet = true; m_dBInstanceClass = std::move(value); }
  inline void SetDBInstanceClass(const char *value) { m_dBInstanceClassHasBeenSet = true; m_dBInstanceClass.assign(value); }
  inline DescribeOrderableDBInstanceOptionsRequest &WithDBInstanceClass(const Aws::String &value) { SetDBInstanceClass(value); return *this; }
  inline DescribeOrderableDBInstanceOptionsRequest &WithDBInstanceClass(Aws::String &&value) { SetDBInstanceClass(std::move(value)); return *this; }
  inline DescribeOrderableDBInstanceOptionsRequest &WithDBInstanceClass(const char *value) { SetDBInstanceClass(value); return *this; }
  inline const Aws::String &GetMarker() const { return m_marker; }
  inline bool MarkerHasBeenSet() const { return m_markerHasBeenSet; }
  inline void SetMarker(const Aws::String &value) { m_markerHasBeenSet = true; m_marker = value; }
  inline void SetMarker(Aws::String &&value) { m_markerHasBeenSet = true; m_marker = std::move(value); }
  inline void SetMarker(const char *value) { m_markerHasBeenSet = true; m_marker.assign(value); }
  inline DescribeOrderableDBInstanceOptionsRequest &WithMarker(const Aws::String &value) { SetMarker(value); return *this; }
  inline DescribeOrderableDBInstanceOptionsRequest &WithMarker(Aws::String &&value) { SetMarker(std::move(value)); return *this; }
  inline DescribeOrderableDBInstanceOptionsRequest &WithMarker(const char *value) { SetMarker(value); return *this; }

private:
  Aws::String m_engine;
  bool m_engineHasBeenSet = false;
  Aws::String m_engineVersion;
  bool m_engineVersionHasBeenSet = false;
  Aws::String m_dBInstanceClass;
  bool m_dBInstanceClassHasBeenSet = false;
  Aws::String m_marker;
  bool m_markerHasBeenSet = false;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
