// Client of the external payment provider's REST API (libcurl).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace orders {

class PaymentClient {
public:
  explicit PaymentClient(std::string baseUrl) : baseUrl_(std::move(baseUrl)) {}

  /// Charges \p amountCents to a card token; returns the provider's charge id.
  std::optional<std::string> charge(const std::string &cardToken, std::int64_t amountCents,
                                    const std::string &idempotencyKey);
  /// Refunds a charge in full.
  bool refund(const std::string &chargeId);
  /// Whether the provider answers its health endpoint.
  bool healthy();
  /// Downloads the day's settlement report (large; may take minutes) into \p path.
  bool downloadSettlementReport(const std::string &date, const std::string &path);

private:
  std::string baseUrl_;
};

} // namespace orders
