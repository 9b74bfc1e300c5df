#pragma once
#include <cstdio>
#include <filesystem>
#include <string>

// Checks and creates by itself: the race is in here, not at its callers.
inline void createIfMissing(const std::string &path) {
  if (!std::filesystem::exists(path))
    if (FILE *out = std::fopen(path.c_str(), "w"))
      std::fclose(out);
}

// Creates without checking: a create at its callers.
inline void overwrite(const std::string &path) {
  if (FILE *out = std::fopen(path.c_str(), "w"))
    std::fclose(out);
}
