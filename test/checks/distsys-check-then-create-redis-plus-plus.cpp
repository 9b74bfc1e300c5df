// RUN: %check_distlint %s distsys-check-then-create %t -- -std=c++17 -I%stubs
// redis-plus-plus: EXISTS, then SET without NX (UpdateType::NOT_EXIST) on the same key; HEXISTS,
// then HSET rather than HSETNX on the same hash field. On our stub of sw/redis++/redis++.h
// (Debian 12 does not package the library).
#include <sw/redis++/redis++.h>
#include <chrono>
#include <string>

void claimJob(sw::redis::Redis &redis, const std::string &job) {
  if (!redis.exists(job))
    redis.set(job, "worker-1");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'set' of the key checked by 'exists' at line [[@LINE-2]] can race with another instance; pass sw::redis::UpdateType::NOT_EXIST to set (SET NX) and check its result, or use setnx [distsys-check-then-create]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: 'exists' checks the key here
}

void claimWithTtl(sw::redis::Redis &redis) {
  long long present = redis.exists("lock:nightly");
  if (present == 0)
    redis.set("lock:nightly", "1", std::chrono::milliseconds(30000));
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'set' of the key checked by 'exists' at line [[@LINE-3]] can race
  // CHECK-MESSAGES: :[[@LINE-4]]:29: note: 'exists' checks the key here
}

void claimSeat(sw::redis::Redis &redis, const std::string &seat, const std::string &user) {
  if (!redis.hexists("seats:flight-42", seat)) {
    redis.hset("seats:flight-42", seat, user);
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'hset' of the hash field checked by 'hexists' at line [[@LINE-2]] can race with another instance; use hsetnx (HSETNX) and check its result [distsys-check-then-create]
    // CHECK-MESSAGES: :[[@LINE-3]]:14: note: 'hexists' checks the hash field here
  }
}

// --- negatives ---------------------------------------------------------------------------------

void claimAtomically(sw::redis::Redis &redis, const std::string &job) {
  if (!redis.exists(job))
    redis.set(job, "worker-1", std::chrono::milliseconds(0), sw::redis::UpdateType::NOT_EXIST);
  if (!redis.exists(job))
    redis.setnx(job, "worker-1");
}

void overwriteWhereFound(sw::redis::Redis &redis, const std::string &job) {
  if (redis.exists(job))
    redis.set(job, "refreshed"); // the key exists: an update, not a create
}

void otherKey(sw::redis::Redis &redis, const std::string &job, const std::string &owner) {
  if (!redis.exists(job))
    redis.set(owner, "worker-1");
}

void claimSeatAtomically(sw::redis::Redis &redis, const std::string &seat, const std::string &user) {
  if (!redis.hexists("seats:flight-42", seat))
    redis.hsetnx("seats:flight-42", seat, user);
}

// Another field of the same hash: not the one that was checked.
void otherField(sw::redis::Redis &redis, const std::string &seat, const std::string &user) {
  if (!redis.hexists("seats:flight-42", seat))
    redis.hset("seats:flight-42", "last-checked", user);
}
