#pragma once
#include <string>

bool configExists(const std::string &path);
void writeConfig(const std::string &path);
void writeConfigExclusively(const std::string &path);
void logPath(const std::string &path);
void writeSomewhere(const std::string &path);
