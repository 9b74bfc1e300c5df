// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

#include <utility>

namespace Aws {
namespace STS {
namespace Model {
class AssumedRoleUser {
public:
  AssumedRoleUser();

  inline const Aws::String &GetAssumedRoleId() const { return m_assumedRoleId; }
  inline bool AssumedRoleIdHasBeenSet() const { return m_assumedRoleIdHasBeenSet; }
  inline void SetAssumedRoleId(const Aws::String &value) { m_assumedRoleIdHasBeenSet = true; m_assumedRoleId = value; }
  inline void SetAssumedRoleId(Aws::String &&value) { m_assumedRoleIdHasBeenSet = true; m_assumedRoleId = std::move(value); }
  inline void SetAssumedRoleId(const char *value) { m_assumedRoleIdHasBeenSet = true; m_assumedRoleId.assign(value); }
  inline AssumedRoleUser &WithAssumedRoleId(const Aws::String &value) { SetAssumedRoleId(value); return *this; }
  inline AssumedRoleUser &WithAssumedRoleId(Aws::String &&value) { SetAssumedRoleId(std::move(value)); return *this; }
  inline AssumedRoleUser &WithAssumedRoleId(const char *value) { SetAssumedRoleId(value); return *this; }
  inline const Aws::String &GetArn() const { return m_arn; }
  inline bool ArnHasBeenSet() const { return m_arnHasBeenSet; }
  inline void SetArn(const Aws::String &value) { m_arnHasBeenSet = true; m_arn = value; }
  inline void SetArn(Aws::String &&value) { m_arnHasBeenSet = true; m_arn = std::move(value); }
  inline void SetArn(const char *value) { m_arnHasBeenSet = true; m_arn.assign(value); }
  inline AssumedRoleUser &WithArn(const Aws::String &value) { SetArn(value); return *this; }
  inline AssumedRoleUser &WithArn(Aws::String &&value) { SetArn(std::move(value)); return *this; }
  inline AssumedRoleUser &WithArn(const char *value) { SetArn(value); return *this; }

private:
  Aws::String m_assumedRoleId;
  bool m_assumedRoleIdHasBeenSet = false;
  Aws::String m_arn;
  bool m_arnHasBeenSet = false;
};
} // namespace Model
} // namespace STS
} // namespace Aws
