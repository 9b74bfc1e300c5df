#include "files.h"
#include <cstdio>
#include <sys/stat.h>

bool configExists(const std::string &path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0;
}

static void writeFile(const std::string &path, const char *text) {
  FILE *out = std::fopen(path.c_str(), "w");
  std::fputs(text, out);
  std::fclose(out);
}

void writeConfig(const std::string &path) { writeFile(path, "{}"); }

void writeConfigExclusively(const std::string &path) {
  if (FILE *out = std::fopen(path.c_str(), "wx"))
    std::fclose(out);
}

void logPath(const std::string &path) { std::puts(path.c_str()); }
