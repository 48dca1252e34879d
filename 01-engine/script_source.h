/// \file
/// Where a script's text comes from: a file or standard input.
#pragma once

#include <optional>
#include <string>

namespace engine {

struct ScriptSource {
  std::string name;  ///< the name in stack traces: an absolute path, or "[stdin]"
  std::string text;  ///< the source code, UTF-8
};

/// Reads the script at `path`. Like Node, the name it gets is the real,
/// absolute path. On failure returns nothing and sets `error` to a message in
/// Node's words ("Cannot find module '/abs/x.js'", "EISDIR: ...").
std::optional<ScriptSource> ReadScriptFile(const std::string& path, std::string* error);

/// Reads all of standard input, for `NN-name < script.js`.
ScriptSource ReadScriptFromStdin();

}  // namespace engine
