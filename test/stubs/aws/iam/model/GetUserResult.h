// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/iam/model/User.h>

namespace Aws {
namespace IAM {
namespace Model {
class GetUserResult {
public:
  GetUserResult();
  inline const User &GetUser() const { return m_user; }

private:
  User m_user;
};
} // namespace Model
} // namespace IAM
} // namespace Aws
