// An in-house cloud SDK whose clients follow a naming convention: Acme::<Svc>::<Svc>Api with
// Fetch<X>/Make<X> operations on requests with Set<X>Key setters.
#pragma once
#include <string>

namespace Acme {
enum class Error { NONE, TAKEN };
struct Result {
  bool Ok() const;
  Error error() const;
};
namespace Vault {
struct FetchSafeRequest {
  void SetSafeKey(const std::string &key);
};
struct MakeSafeRequest {
  void SetSafeKey(const std::string &key);
  void SetRequestToken(const std::string &token);
};
class VaultApi {
public:
  Result FetchSafe(const FetchSafeRequest &request) const;
  Result MakeSafe(const MakeSafeRequest &request) const;
};
} // namespace Vault
} // namespace Acme
