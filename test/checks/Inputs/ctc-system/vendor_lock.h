// A vendored library installed as a system header: its check-then-create is not ours to report.
#pragma once
#include <fcntl.h>
#include <unistd.h>

inline int vendorAcquire(const char *path) {
  if (access(path, F_OK) != 0)
    return open(path, O_CREAT | O_WRONLY, 0600);
  return -1;
}

#define VENDOR_ENSURE(path) (access((path), F_OK) != 0 ? open((path), O_CREAT | O_WRONLY, 0600) : -1)
