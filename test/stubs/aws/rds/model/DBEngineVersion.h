// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

#include <utility>

namespace Aws {
namespace RDS {
namespace Model {
class DBEngineVersion {
public:
  DBEngineVersion();

  inline const Aws::String &GetEngine() const { return m_engine; }
  inline bool EngineHasBeenSet() const { return m_engineHasBeenSet; }
  inline void SetEngine(const Aws::String &value) { m_engineHasBeenSet = true; m_engine = value; }
  inline void SetEngine(Aws::String &&value) { m_engineHasBeenSet = true; m_engine = std::move(value); }
  inline void SetEngine(const char *value) { m_engineHasBeenSet = true; m_engine.assign(value); }
  inline DBEngineVersion &WithEngine(const Aws::String &value) { SetEngine(value); return *this; }
  inline DBEngineVersion &WithEngine(Aws::String &&value) { SetEngine(std::move(value)); return *this; }
  inline DBEngineVersion &WithEngine(const char *value) { SetEngine(value); return *this; }
  inline const Aws::String &GetEngineVersion() const { return m_engineVersion; }
  inline bool EngineVersionHasBeenSet() const { return m_engineVersionHasBeenSet; }
  inline void SetEngineVersion(const Aws::String &value) { m_engineVersionHasBeenSet = true; m_engineVersion = value; }
  inline void SetEngineVersion(Aws::String &&value) { m_engineVersionHasBeenSet = true; m_engineVersion = std::move(value); }
  inline void SetEngineVersion(const char *value) { m_engineVersionHasBeenSet = true; m_engineVersion.assign(value); }
  inline DBEngineVersion &WithEngineVersion(const Aws::String &value) { SetEngineVersion(value); return *this; }
  inline DBEngineVersion &WithEngineVersion(Aws::String &&value) { SetEngineVersion(std::move(value)); return *this; }
  inline DBEngineVersion &WithEngineVersion(const char *value) { SetEngineVersion(value); return *this; }
  inline const Aws::String &GetDBParameterGroupFamily() const { return m_dBParameterGroupFamily; }
  inline bool DBParameterGroupFamilyHasBeenSet() const { return m_dBParameterGroupFamilyHasBeenSet; }
  inline void SetDBParameterGroupFamily(const Aws::String &value) { m_dBParameterGroupFamilyHasBeenSet = true; m_dBParameterGroupFamily = value; }
  inline void SetDBParameterGroupFamily(Aws::String &&value) { m_dBParameterGroupFamilyHasBeenSet = true; m_dBParameterGroupFamily = std::move(value); }
  inline void SetDBParameterGroupFamily(const char *value) { m_dBParameterGroupFamilyHasBeenSet = true; m_dBParameterGroupFamily.assign(value); }
  inline DBEngineVersion &WithDBParameterGroupFamily(const Aws::String &value) { SetDBParameterGroupFamily(value); return *this; }
  inline DBEngineVersion &WithDBParameterGroupFamily(Aws::String &&value) { SetDBParameterGroupFamily(std::move(value)); return *this; }
  inline DBEngineVersion &WithDBParameterGroupFamily(const char *value) { SetDBParameterGroupFamily(value); return *this; }

private:
  Aws::String m_engine;
  bool m_engineHasBeenSet = false;
  Aws::String m_engineVersion;
  bool m_engineVersionHasBeenSet = false;
  Aws::String m_dBParameterGroupFamily;
  bool m_dBParameterGroupFamilyHasBeenSet = false;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
