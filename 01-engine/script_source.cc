#include "script_source.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace engine {
namespace {

std::string AbsolutePath(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  char cwd[PATH_MAX];
  if (getcwd(cwd, sizeof cwd) == nullptr) return path;
  return std::string(cwd) + "/" + path;
}

}  // namespace

std::optional<ScriptSource> ReadScriptFile(const std::string& path, std::string* error) {
  char resolved[PATH_MAX];
  struct stat info;
  if (realpath(path.c_str(), resolved) == nullptr || stat(resolved, &info) != 0 ||
      S_ISDIR(info.st_mode)) {
    // Node reports a missing file (or a folder without index.js) as a module
    // it cannot find, naming the absolute path.
    *error = "Cannot find module '" + AbsolutePath(path) + "'";
    return std::nullopt;
  }
  std::ifstream file(resolved, std::ios::binary);
  if (!file) {
    *error = std::string(errno == EACCES ? "EACCES: permission denied" : std::strerror(errno)) +
             ", open '" + resolved + "'";
    return std::nullopt;
  }
  std::ostringstream text;
  text << file.rdbuf();
  return ScriptSource{resolved, text.str()};
}

ScriptSource ReadScriptFromStdin() {
  std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  return ScriptSource{"[stdin]", text};
}

}  // namespace engine
