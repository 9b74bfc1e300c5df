// distlint test stub: the constructor of trantor's trantor/net/InetAddress.h (Drogon's network
// library) that distlint's lit tests use; not the library.
#ifndef DISTLINT_STUB_TRANTOR_INETADDRESS_H
#define DISTLINT_STUB_TRANTOR_INETADDRESS_H

#include <cstdint>
#include <string>

namespace trantor {

class InetAddress {
public:
  InetAddress(const std::string &ip, uint16_t port, bool ipv6 = false);
};

} // namespace trantor

#endif
