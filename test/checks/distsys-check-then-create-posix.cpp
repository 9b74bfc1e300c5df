// RUN: %check_distlint %s distsys-check-then-create %t -- -std=c++17
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;
void writeConfig(int fd);
void fail(const char *why) __attribute__((noreturn));
constexpr const char *kLockFile = "/var/run/app.lock";

// --- positives ---------------------------------------------------------------------------------

int accessThenOpen(const char *path) {
  if (access(path, F_OK) != 0) {
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'open' of the file checked by 'access' at line [[@LINE-2]] can race with another instance; add O_EXCL to the flags and handle EEXIST [distsys-check-then-create]
    // CHECK-MESSAGES: :[[@LINE-3]]:7: note: 'access' checks the file here
    return fd;
  }
  return -1;
}

int statThroughVariable(const std::string &path) {
  struct stat st;
  int missing = stat(path.c_str(), &st);
  if (missing)
    return open(path.c_str(), O_CREAT | O_WRONLY, 0600);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'open' of the file checked by 'stat' at line [[@LINE-3]] can race
  // CHECK-MESSAGES: :[[@LINE-4]]:17: note: 'stat' checks the file here
  return -1;
}

FILE *earlyReturnThenFopen(const char *path) {
  if (access(path, F_OK) == 0)
    return nullptr;
  return fopen(path, "w");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'fopen' of the file checked by 'access' at line [[@LINE-3]] can race with another instance; open it with mode "wx" (O_EXCL) and handle EEXIST
  // CHECK-MESSAGES: :[[@LINE-4]]:7: note: 'access' checks the file here
}

void filesystemExistsThenOfstream(const fs::path &p) {
  if (!fs::exists(p)) {
    std::ofstream out(p);
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'basic_ofstream' of the file checked by 'exists' at line [[@LINE-2]] can race with another instance; create it with open(O_CREAT | O_EXCL) or std::ios::noreplace (C++23) and handle EEXIST
    // CHECK-MESSAGES: :[[@LINE-3]]:8: note: 'exists' checks the file here
    out << "initial\n";
  }
}

void statusExistsThenOfstreamOpen(const std::string &p) {
  std::ofstream out;
  if (!fs::exists(fs::status(p)))
    out.open(p);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'open' of the file checked by 'status' at line [[@LINE-2]] can race
  // CHECK-MESSAGES: :[[@LINE-3]]:19: note: 'status' checks the file here
}

void lockConstant() {
  struct stat st;
  if (lstat(kLockFile, &st) < 0) {
    int fd = open("/var/run/app.lock", O_RDWR | O_CREAT, 0644);
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'open' of the file checked by 'lstat' at line [[@LINE-2]] can race
    // CHECK-MESSAGES: :[[@LINE-3]]:7: note: 'lstat' checks the file here
    writeConfig(fd);
  }
}

void mkdirThenWrite(const std::string &dir) {
  if (!fs::is_directory(dir)) {
    mkdir(dir.c_str(), 0700);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'mkdir' of the directory checked by 'is_directory' at line [[@LINE-2]] can race with another instance; call mkdir directly and treat EEXIST as 'another instance owns it'
    // CHECK-MESSAGES: :[[@LINE-3]]:8: note: 'is_directory' checks the directory here
    writeConfig(open((dir + "/owner").c_str(), O_CREAT | O_EXCL | O_WRONLY, 0600));
  }
}

bool createWorkDir(const fs::path &dir) {
  if (fs::exists(dir))
    return false;
  fs::create_directory(dir);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'create_directory' of the directory checked by 'exists' at line [[@LINE-3]] can race with another instance; call create_directory directly and use its result (false: it already existed)
  // CHECK-MESSAGES: :[[@LINE-4]]:7: note: 'exists' checks the directory here
  std::ofstream((dir / "owner").string()) << "me\n";
  return true;
}

void mkdirResultIsFatal(const char *dir) {
  if (access(dir, F_OK) != 0 && mkdir(dir, 0700) != 0)
    // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: 'mkdir' of the directory checked by 'access' at line [[@LINE-1]] can race
    // CHECK-MESSAGES: :[[@LINE-2]]:7: note: 'access' checks the directory here
    fail("cannot create directory");
}

void renameOverTarget(const char *tmp, const char *target) {
  if (access(target, F_OK) != 0)
    rename(tmp, target);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'rename' of the file checked by 'access' at line [[@LINE-2]] can race with another instance; use renameat2 with RENAME_NOREPLACE
  // CHECK-MESSAGES: :[[@LINE-3]]:7: note: 'access' checks the file here
}

void symlinkAfterCheck(const char *target, const char *link) {
  struct stat st;
  if (lstat(link, &st) == 0)
    return;
  symlink(target, link);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'symlink' of the link checked by 'lstat' at line [[@LINE-3]] can race
  // CHECK-MESSAGES: :[[@LINE-4]]:7: note: 'lstat' checks the link here
}

void creatAfterCheck(const char *path) {
  if (access(path, F_OK) == -1)
    writeConfig(creat(path, 0600));
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'creat' of the file checked by 'access' at line [[@LINE-2]] can race with another instance; use open with O_CREAT | O_EXCL and handle EEXIST
  // CHECK-MESSAGES: :[[@LINE-3]]:7: note: 'access' checks the file here
}

// --- negatives ---------------------------------------------------------------------------------

int exclusiveCreate(const char *path) {
  if (access(path, F_OK) != 0)
    return open(path, O_WRONLY | O_CREAT | O_EXCL, 0600); // atomic: O_EXCL
  return -1;
}

int createThenHandleExists(const char *path) {
  int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0 && errno == EEXIST)
    return open(path, O_WRONLY);
  return fd;
}

int checkedButHandlesExists(const char *path) {
  if (access(path, F_OK) != 0) {
    int fd = open(path, O_WRONLY | O_CREAT, 0600);
    if (fd < 0 && errno == EEXIST)
      return -1;
    return fd;
  }
  return -1;
}

FILE *exclusiveFopen(const char *path) {
  if (access(path, F_OK) == 0)
    return nullptr;
  return fopen(path, "wx");
}

FILE *readAfterCheck(const char *path) {
  if (access(path, R_OK) == 0)
    return fopen(path, "r"); // not a create
  return nullptr;
}

int openWithoutCreate(const char *path) {
  if (access(path, F_OK) == 0)
    return open(path, O_WRONLY | O_TRUNC); // O_CREAT absent: never creates
  return -1;
}

int differentFiles(const char *config, const char *state) {
  if (access(config, F_OK) != 0)
    return open(state, O_WRONLY | O_CREAT, 0600);
  return -1;
}

int differentLiterals() {
  if (access("/etc/app.conf", F_OK) != 0)
    return open("/var/lib/app.state", O_WRONLY | O_CREAT, 0600);
  return -1;
}

int resultDoesNotGuard(const char *path) {
  bool present = access(path, F_OK) == 0;
  std::printf("present: %d\n", present);
  return open(path, O_WRONLY | O_CREAT | O_APPEND, 0600);
}

void onlyEnsureDirectory(const std::string &dir) {
  if (!fs::exists(dir))
    fs::create_directories(dir); // the branch only ensures it exists: harmless
  if (access(dir.c_str(), F_OK) != 0)
    (void)mkdir(dir.c_str(), 0700);
}

// create_directories only makes sure the path exists (no error when it does): whoever wins, the
// directory is there, so writing into it afterwards is no race.
void ensureDirectoryThenWrite(const fs::path &dir) {
  std::error_code ec;
  if (!fs::exists(dir)) {
    fs::create_directories(dir, ec);
    std::ofstream((dir / "log").string(), std::ios::app) << "started\n";
  }
}

void earlyReturnOnOtherCondition(const char *path, bool dryRun) {
  bool present = access(path, F_OK) == 0;
  if (dryRun)
    return;
  std::printf("%d\n", present);
  writeConfig(open(path, O_CREAT | O_WRONLY, 0600));
}

int ownFunctionNamedAccess(const char *path);
namespace app {
int access(const char *path, int mode);
}
int projectAccess(const char *path) {
  if (app::access(path, F_OK) != 0)
    return open(path, O_WRONLY | O_CREAT, 0600);
  return -1;
}

template <typename Path> int dependent(const Path &p) {
  if (access(p.c_str(), F_OK) != 0)
    return open(p.c_str(), O_CREAT | O_WRONLY, 0600);
  return -1;
}
