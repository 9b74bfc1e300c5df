// RUN: %check_distlint %s distsys-check-then-create %t -- -std=c++17
#include <cstdlib>
#include <cstring>
#include <hiredis/hiredis.h>
#include <string>

// --- positives ---------------------------------------------------------------------------------

bool acquireLock(redisContext *c, const char *lock, const char *owner) {
  redisReply *exists = (redisReply *)redisCommand(c, "EXISTS %s", lock);
  if (exists->integer == 0) {
    redisCommand(c, "SET %s %s EX 30", lock, owner);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'SET' of the key checked by 'EXISTS' at line [[@LINE-3]] can race with another instance; use SET key value NX, or INCR / a Lua script (EVAL) for a read-modify-write [distsys-check-then-create]
    // CHECK-MESSAGES: :[[@LINE-4]]:38: note: 'EXISTS' checks the key here
    return true;
  }
  return false;
}

void literalKey(redisContext *c) {
  redisReply *r = (redisReply *)redisCommand(c, "EXISTS config:version");
  if (r->integer == 0)
    redisCommand(c, "SET config:version 1");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'SET' of the key checked by 'EXISTS' at line [[@LINE-3]] can race
  // CHECK-MESSAGES: :[[@LINE-4]]:33: note: 'EXISTS' checks the key here
}

bool rateLimit(redisContext *c, const std::string &client, long limit) {
  std::string key = "rate:" + client;
  redisReply *r = (redisReply *)redisCommand(c, "GET %s", key.c_str());
  long used = r->str ? std::atol(r->str) : 0;
  if (used >= limit)
    return false;
  redisCommand(c, "SET %s %ld", key.c_str(), used + 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SET' of the key checked by 'GET' at line [[@LINE-5]] can race
  // CHECK-MESSAGES: :[[@LINE-6]]:33: note: 'GET' checks the key here
  return true;
}

void counterWithoutGuard(redisContext *c, const char *key) {
  redisReply *r = (redisReply *)redisCommand(c, "GET counter:%s", key);
  long n = r->str ? std::atol(r->str) : 0;
  redisCommand(c, "SET counter:%s %ld", key, n + 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SET' writes a value read by 'GET' at line [[@LINE-3]] from the same key; another instance can update it in between; use SET key value NX, or INCR / a Lua script (EVAL) for a read-modify-write
  // CHECK-MESSAGES: :[[@LINE-4]]:33: note: 'GET' checks the key here
}

void hashField(redisContext *c, const char *user) {
  redisReply *r = (redisReply *)redisCommand(c, "HEXISTS users %s", user);
  if (!r->integer)
    redisCommand(c, "HSET users %s {}", user);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'HSET' of the hash field checked by 'HEXISTS' at line [[@LINE-3]] can race with another instance; use HSETNX
  // CHECK-MESSAGES: :[[@LINE-4]]:33: note: 'HEXISTS' checks the hash field here
}

void argvForm(redisContext *c, const char *key, const char *value) {
  const char *check[] = {"EXISTS", key};
  redisReply *r = (redisReply *)redisCommandArgv(c, 2, check, nullptr);
  if (r->integer == 0) {
    const char *set[] = {"SET", key, value};
    redisCommandArgv(c, 3, set, nullptr);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'SET' of the key checked by 'EXISTS' at line [[@LINE-4]] can race
    // CHECK-MESSAGES: :[[@LINE-5]]:33: note: 'EXISTS' checks the key here
  }
}

// --- negatives ---------------------------------------------------------------------------------

bool setNx(redisContext *c, const char *lock, const char *owner) {
  redisReply *exists = (redisReply *)redisCommand(c, "EXISTS %s", lock);
  if (exists->integer == 0) {
    redisReply *set = (redisReply *)redisCommand(c, "SET %s %s NX EX 30", lock, owner);
    return set->type == REDIS_REPLY_STATUS;
  }
  return false;
}

bool setNxOnly(redisContext *c, const char *lock) {
  redisReply *set = (redisReply *)redisCommand(c, "SET %s 1 nx", lock);
  return set->type != REDIS_REPLY_NIL;
}

void optionFromVariable(redisContext *c, const char *key, const char *mode) {
  redisReply *r = (redisReply *)redisCommand(c, "EXISTS %s", key);
  if (r->integer == 0)
    redisCommand(c, "SET %s 1 %s", key, mode); // mode may be NX: cannot tell
}

void differentKeys(redisContext *c, const char *a, const char *b) {
  redisReply *r = (redisReply *)redisCommand(c, "EXISTS %s", a);
  if (r->integer == 0)
    redisCommand(c, "SET %s 1", b);
  redisReply *g = (redisReply *)redisCommand(c, "GET config:a");
  if (g->type == REDIS_REPLY_NIL)
    redisCommand(c, "SET config:b 1");
}

void optimisticTransaction(redisContext *c, const char *key) {
  redisCommand(c, "WATCH %s", key);
  redisReply *r = (redisReply *)redisCommand(c, "GET %s", key);
  long n = r->str ? std::atol(r->str) : 0;
  redisCommand(c, "MULTI");
  redisCommand(c, "SET %s %ld", key, n + 1);
  redisCommand(c, "EXEC");
}

void luaScript(redisContext *c, const char *key) {
  redisCommand(c,
               "EVAL \"if redis.call('EXISTS', KEYS[1]) == 0 then return redis.call('SET', "
               "KEYS[1], ARGV[1]) end\" 1 %s %s",
               key, "v");
}

void incr(redisContext *c, const char *key) { redisCommand(c, "INCR %s", key); }

std::string loadFromDatabase(const char *key);
void cacheAside(redisContext *c, const char *key) {
  // A cache fill: every instance that misses writes the same value from the database. Benign.
  redisReply *r = (redisReply *)redisCommand(c, "GET %s", key);
  if (r->type == REDIS_REPLY_NIL) {
    std::string value = loadFromDatabase(key);
    redisCommand(c, "SET %s %s EX 60", key, value.c_str());
  }
}

void unrelatedValue(redisContext *c, const char *key, long fresh) {
  redisReply *r = (redisReply *)redisCommand(c, "GET %s", key);
  freeReplyObject(r);
  redisCommand(c, "SET %s %ld", key, fresh); // blind write: not computed from the read
}
