#include "files.h"

void initOnce(const std::string &path) {
  if (!std::filesystem::exists(path))
    createIfMissing(path);
}

void initOverwriting(const std::string &path) {
  if (!std::filesystem::exists(path))
    overwrite(path);
}
