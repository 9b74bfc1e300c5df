// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

#include <utility>

namespace Aws {
namespace RDS {
namespace Model {
class Endpoint {
public:
  Endpoint();

  inline const Aws::String &GetAddress() const { return m_address; }
  inline bool AddressHasBeenSet() const { return m_addressHasBeenSet; }
  inline void SetAddress(const Aws::String &value) { m_addressHasBeenSet = true; m_address = value; }
  inline void SetAddress(Aws::String &&value) { m_addressHasBeenSet = true; m_address = std::move(value); }
  inline void SetAddress(const char *value) { m_addressHasBeenSet = true; m_address.assign(value); }
  inline Endpoint &WithAddress(const Aws::String &value) { SetAddress(value); return *this; }
  inline Endpoint &WithAddress(Aws::String &&value) { SetAddress(std::move(value)); return *this; }
  inline Endpoint &WithAddress(const char *value) { SetAddress(value); return *this; }
  inline int GetPort() const { return m_port; }
  inline bool PortHasBeenSet() const { return m_portHasBeenSet; }
  inline void SetPort(int value) { m_portHasBeenSet = true; m_port = value; }
  inline Endpoint &WithPort(int value) { SetPort(value); return *this; }
  inline const Aws::String &GetHostedZoneId() const { return m_hostedZoneId; }
  inline bool HostedZoneIdHasBeenSet() const { return m_hostedZoneIdHasBeenSet; }
  inline void SetHostedZoneId(const Aws::String &value) { m_hostedZoneIdHasBeenSet = true; m_hostedZoneId = value; }
  inline void SetHostedZoneId(Aws::String &&value) { m_hostedZoneIdHasBeenSet = true; m_hostedZoneId = std::move(value); }
  inline void SetHostedZoneId(const char *value) { m_hostedZoneIdHasBeenSet = true; m_hostedZoneId.assign(value); }
  inline Endpoint &WithHostedZoneId(const Aws::String &value) { SetHostedZoneId(value); return *this; }
  inline Endpoint &WithHostedZoneId(Aws::String &&value) { SetHostedZoneId(std::move(value)); return *this; }
  inline Endpoint &WithHostedZoneId(const char *value) { SetHostedZoneId(value); return *this; }

private:
  Aws::String m_address;
  bool m_addressHasBeenSet = false;
  int m_port{0};
  bool m_portHasBeenSet = false;
  Aws::String m_hostedZoneId;
  bool m_hostedZoneIdHasBeenSet = false;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
