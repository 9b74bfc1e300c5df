// First-start bootstrap of shared secrets: every instance of the orders service runs it when it
// starts, so several instances run it at the same time after a deploy.
//
// distsys-check-then-create reports the two check-then-create races below (a signing key file on
// a shared volume, and the "bootstrapped" marker in Redis) and stays silent on the atomic
// versions next to them.
#include <cerrno>
#include <fcntl.h>
#include <hiredis/hiredis.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace orders {

namespace {

constexpr const char *kSigningKeyPath = "/var/lib/orders/signing.key";
constexpr const char *kBootstrapMarker = "orders:bootstrapped";

bool writeAll(int fd, const std::string &data) {
  size_t written = 0;
  while (written < data.size()) {
    ssize_t n = write(fd, data.data() + written, data.size() - written);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      return false;
    written += static_cast<size_t>(n);
  }
  return true;
}

} // namespace

// Race: two instances both see "no key", both create it, and the second overwrites the key the
// first one has already started signing with.
bool ensureSigningKey(const std::string &generatedKey) {
  struct stat st;
  if (stat(kSigningKeyPath, &st) == 0)
    return true; // already there
  int fd = open(kSigningKeyPath, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (fd < 0)
    return false;
  bool ok = writeAll(fd, generatedKey);
  close(fd);
  return ok;
}

// Atomic: O_EXCL makes the create fail with EEXIST for every instance but one.
bool ensureSigningKeyAtomically(const std::string &generatedKey) {
  int fd = open(kSigningKeyPath, O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0)
    return errno == EEXIST; // another instance created it first: use theirs
  bool ok = writeAll(fd, generatedKey);
  close(fd);
  return ok;
}

// Race: EXISTS then SET lets every instance that starts in the window run the bootstrap.
bool claimBootstrap(redisContext *redis, const std::string &instanceId) {
  auto *exists = static_cast<redisReply *>(redisCommand(redis, "EXISTS %s", kBootstrapMarker));
  if (exists == nullptr)
    return false;
  bool claimed = false;
  if (exists->integer == 0) {
    freeReplyObject(redisCommand(redis, "SET %s %s", kBootstrapMarker, instanceId.c_str()));
    claimed = true;
  }
  freeReplyObject(exists);
  return claimed;
}

// Atomic: SET ... NX succeeds for exactly one instance.
bool claimBootstrapAtomically(redisContext *redis, const std::string &instanceId) {
  auto *reply = static_cast<redisReply *>(
      redisCommand(redis, "SET %s %s NX", kBootstrapMarker, instanceId.c_str()));
  if (reply == nullptr)
    return false;
  bool claimed = reply->type == REDIS_REPLY_STATUS;
  freeReplyObject(reply);
  return claimed;
}

} // namespace orders
