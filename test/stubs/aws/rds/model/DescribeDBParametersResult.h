// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSVector.h>
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/rds/model/Parameter.h>

namespace Aws {
namespace RDS {
namespace Model {
class DescribeDBParametersResult {
public:
  DescribeDBParametersResult();
  inline const Aws::Vector<Parameter> &GetParameters() const { return m_parameters; }
  inline const Aws::String &GetMarker() const { return m_marker; }

private:
  Aws::Vector<Parameter> m_parameters;
  Aws::String m_marker;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
