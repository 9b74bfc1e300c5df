// An in-house storage client the built-in models do not know.
#pragma once
#include <string>

namespace acme {
class BlobStore {
public:
  bool exists(const std::string &key) const;
  void put(const std::string &key, const std::string &data);
  void putIfAbsent(const std::string &key, const std::string &data);
};
} // namespace acme
