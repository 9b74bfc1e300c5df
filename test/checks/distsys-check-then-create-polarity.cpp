// RUN: %check_distlint %s distsys-check-then-create %t -- -std=c++17
// Which way the check went: a create that runs only where the check found the resource
// overwrites or updates it, and is no check-then-create. Followed through !, &&, ||, else
// branches, early returns, comparisons with 0 and -1, local variables and helpers.
#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

// --- positives: the create runs where the check found nothing ----------------------------------

void absentThroughVariable(const std::string &path) {
  const bool present = fs::exists(path);
  if (!present) {
    std::ofstream out(path);
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'basic_ofstream' of the file checked by 'exists' at line [[@LINE-3]] can race
    // CHECK-MESSAGES: :[[@LINE-4]]:24: note: 'exists' checks the file here
    out << "defaults\n";
  }
}

int absentInElse(const char *path) {
  if (fs::exists(path))
    return -1;
  else
    return open(path, O_WRONLY | O_CREAT, 0600);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'open' of the file checked by 'exists' at line [[@LINE-4]] can race
  // CHECK-MESSAGES: :[[@LINE-5]]:7: note: 'exists' checks the file here
}

int accessFailed(const char *path) {
  if (access(path, F_OK) < 0)
    return open(path, O_WRONLY | O_CREAT, 0600);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'open' of the file checked by 'access' at line [[@LINE-2]] can race
  // CHECK-MESSAGES: :[[@LINE-3]]:7: note: 'access' checks the file here
  return -1;
}

int statMinusOne(const char *path) {
  struct stat st;
  if (stat(path, &st) == -1)
    return creat(path, 0600);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'creat' of the file checked by 'stat' at line [[@LINE-2]] can race
  // CHECK-MESSAGES: :[[@LINE-3]]:7: note: 'stat' checks the file here
  return -1;
}

// Either way round is unknown: still reported, as before.
void eitherOr(const std::string &lock, const std::string &path) {
  if (fs::exists(lock) || !fs::exists(path))
    std::fopen(path.c_str(), "w");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'fopen' of the file checked by 'exists' at line [[@LINE-2]] can race
  // CHECK-MESSAGES: :[[@LINE-3]]:28: note: 'exists' checks the file here
}

bool present(const std::string &p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0;
}
void absentThroughHelper(const std::string &path) {
  if (present(path))
    return;
  std::ofstream(path) << "x";
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'basic_ofstream' of the file checked by 'present' at line [[@LINE-3]] can race
  // CHECK-MESSAGES: :[[@LINE-4]]:7: note: 'present' checks the file here
  // CHECK-MESSAGES: :[[@LINE-8]]:10: note: 'stat' checks the file here
}

// --- correct look-alikes: the create runs only where the resource exists -----------------------

void truncateWhereItExists(const std::string &path) {
  if (fs::exists(path)) {
    std::ofstream out(path, std::ios::trunc);
    out << "reset\n";
  }
}

void rewriteWhereAccessible(const char *path) {
  if (access(path, F_OK) == 0) {
    FILE *f = std::fopen(path, "w");
    std::fclose(f);
  }
  if (access(path, W_OK) >= 0)
    close(open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600));
}

void rewriteRegularFile(const char *path) {
  struct stat st;
  if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
    close(creat(path, 0600));
}

void returnUnlessPresent(const std::string &path) {
  const bool found = fs::exists(path);
  if (!found)
    return;
  std::ofstream(path, std::ios::app) << "again\n";
}

void existsInElse(const std::string &path) {
  if (!fs::exists(path))
    std::puts("nothing to rotate");
  else
    std::fclose(std::fopen(path.c_str(), "w"));
}

void presentThroughHelper(const std::string &path) {
  if (!present(path))
    return;
  std::ofstream(path) << "x";
}
