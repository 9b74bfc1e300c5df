// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSVector.h>
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/rds/model/OrderableDBInstanceOption.h>

namespace Aws {
namespace RDS {
namespace Model {
class DescribeOrderableDBInstanceOptionsResult {
public:
  DescribeOrderableDBInstanceOptionsResult();
  inline const Aws::Vector<OrderableDBInstanceOption> &GetOrderableDBInstanceOptions() const { return m_orderableDBInstanceOptions; }
  inline const Aws::String &GetMarker() const { return m_marker; }

private:
  Aws::Vector<OrderableDBInstanceOption> m_orderableDBInstanceOptions;
  Aws::String m_marker;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
