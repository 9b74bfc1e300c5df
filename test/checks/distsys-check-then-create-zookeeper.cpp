// RUN: %check_distlint %s distsys-check-then-create %t -- -std=c++17 -DTHREADED -I/usr/include/zookeeper
#include <zookeeper/zookeeper.h>
#include <string>

// --- positives ---------------------------------------------------------------------------------

int registerNode(zhandle_t *zh, const std::string &path, const std::string &data) {
  struct Stat stat;
  int rc = zoo_exists(zh, path.c_str(), 0, &stat);
  if (rc == ZNONODE)
    rc = zoo_create(zh, path.c_str(), data.data(), (int)data.size(), &ZOO_OPEN_ACL_UNSAFE,
                    ZOO_EPHEMERAL, nullptr, 0);
  // CHECK-MESSAGES: :[[@LINE-2]]:10: warning: 'zoo_create' of the znode checked by 'zoo_exists' at line [[@LINE-4]] can race with another instance; call zoo_create directly and treat ZNODEEXISTS as success [distsys-check-then-create]
  // CHECK-MESSAGES: :[[@LINE-5]]:12: note: 'zoo_exists' checks the znode here
  return rc;
}

int leaderElection(zhandle_t *zh) {
  if (zoo_exists(zh, "/election/leader", 1, nullptr) != ZOK) {
    char created[256];
    return zoo_create(zh, "/election/leader", "me", 2, &ZOO_OPEN_ACL_UNSAFE, ZOO_EPHEMERAL,
                      created, sizeof created);
    // CHECK-MESSAGES: :[[@LINE-2]]:12: warning: 'zoo_create' of the znode checked by 'zoo_exists' at line [[@LINE-4]] can race
    // CHECK-MESSAGES: :[[@LINE-5]]:7: note: 'zoo_exists' checks the znode here
  }
  return ZOK;
}

// --- negatives ---------------------------------------------------------------------------------

int createHandlesExists(zhandle_t *zh, const char *path) {
  if (zoo_exists(zh, path, 0, nullptr) == ZNONODE) {
    int rc = zoo_create(zh, path, nullptr, -1, &ZOO_OPEN_ACL_UNSAFE, 0, nullptr, 0);
    if (rc == ZNODEEXISTS)
      return ZOK;
    return rc;
  }
  return ZOK;
}

int sequentialNode(zhandle_t *zh, const char *prefix) {
  char created[256];
  if (zoo_exists(zh, prefix, 0, nullptr) == ZNONODE)
    return zoo_create(zh, prefix, nullptr, -1, &ZOO_OPEN_ACL_UNSAFE,
                      ZOO_EPHEMERAL | ZOO_SEQUENCE, created, sizeof created);
  return ZOK;
}

int otherNode(zhandle_t *zh) {
  if (zoo_exists(zh, "/config/ready", 0, nullptr) == ZOK)
    return zoo_create(zh, "/workers/w1", nullptr, -1, &ZOO_OPEN_ACL_UNSAFE, ZOO_EPHEMERAL,
                      nullptr, 0);
  return ZOK;
}
