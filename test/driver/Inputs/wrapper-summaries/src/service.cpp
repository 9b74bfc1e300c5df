#include "files.h"
#include <cstdio>
#include <filesystem>

void init(const std::string &path) {
  if (!configExists(path))
    writeConfig(path);
}

void initModelledCheck(const std::string &path) {
  if (!std::filesystem::exists(path))
    writeConfig(path);
}

void initModelledCreate(const std::string &path) {
  if (configExists(path))
    return;
  if (FILE *out = std::fopen(path.c_str(), "w"))
    std::fclose(out);
}

void initExclusively(const std::string &path) {
  if (!configExists(path))
    writeConfigExclusively(path);
}

void initLogged(const std::string &path) {
  if (!configExists(path))
    logPath(path);
}

void initOther(const std::string &path, const std::string &other) {
  if (!configExists(other))
    writeConfig(path);
}

void initNowhere(const std::string &path) {
  if (!configExists(path))
    writeSomewhere(path);
}
