/// \file
/// The command line every stage shares:
///
///     NN-name [options] [script.js | -] [arguments...]
///     NN-name -e CODE | -p CODE [arguments...]
///
/// As in Node, options come before the script; everything after the script
/// belongs to the script (process.argv in later stages). An option this
/// program does not know is offered to V8 (--expose-gc, --stack-size=N, ...);
/// one that V8 does not know either is a "bad option" and exits with code 9,
/// Node's code for invalid arguments.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace engine {

/// What a stage tells the parser about itself: its name for messages, one line
/// for --help, and the flags it adds (e.g. 02's --trace-loop).
struct StageInfo {
  std::string name;     ///< "01-engine"
  std::string summary;  ///< what the stage adds, for --help
  struct Flag {
    /// The pattern of a flag whose value is a count or a size.
    static constexpr const char* kNumber = "#";
    std::string name;  ///< "--trace-loop"
    std::string help;
    /// The values a flag that takes one accepts ("--unhandled-rejections=warn"
    /// or "--unhandled-rejections warn", as Node); empty for a plain switch.
    /// A value ending in '*' accepts anything that starts with the rest
    /// ("chrome:*" takes "chrome:out.json"); kNumber takes a decimal
    /// integer ("--max-http-header-size=16384").
    std::vector<std::string> values = {};
    /// The flag may also come bare; a value then comes only after '='
    /// ("--trace-loop" or "--trace-loop=chrome:t.json").
    bool value_optional = false;
  };
  std::vector<Flag> flags;
};

struct CommandLine {
  enum class Mode {
    kRunFile,    ///< script.js
    kEval,       ///< -e CODE or -p CODE
    kStdin,      ///< "-", or no script while stdin is not a terminal
    kRepl,       ///< no script and stdin is a terminal
    kHelp,       ///< --help
    kVersion,    ///< --version
    kBadOption,  ///< see `error`
  };
  Mode mode = Mode::kRepl;
  std::string script_path;               ///< kRunFile
  std::string eval_source;               ///< kEval
  bool print_result = false;             ///< -p: print the completion value
  std::vector<std::string> script_args;  ///< what follows the script
  std::set<std::string> stage_flags;     ///< stage flags that were given
  bool trace_uncaught = false;           ///< --trace-uncaught
  std::string error;                     ///< kBadOption: the message
  /// The value of each given stage flag that takes one.
  std::map<std::string, std::string> flag_values;
  /// The options before the script, as given, "-e CODE" included
  /// (process.execArgv).
  std::vector<std::string> exec_args;

  bool HasFlag(const std::string& flag) const { return stage_flags.count(flag) > 0; }
  /// The value given to a flag that takes one, or `fallback` when absent.
  std::string FlagValue(const std::string& flag, const std::string& fallback) const {
    auto it = flag_values.find(flag);
    return it == flag_values.end() ? fallback : it->second;
  }
};

/// Parses argv. V8 flags are handed to V8 here (before V8 is initialised, as
/// V8 requires), so --v8-options prints V8's own flag list and exits.
CommandLine ParseCommandLine(int argc, char** argv, const StageInfo& stage);

/// Handles the modes that run no JavaScript: prints --help or --version
/// (exit code 0) or the bad-option message (exit code 9, as Node). Returns
/// the exit code for those; nothing when there is code to run.
std::optional<int> HandleModesThatRunNoCode(const CommandLine& cmd, const StageInfo& stage);

/// The --help text.
std::string HelpText(const StageInfo& stage);

/// The --version text: this project's version and V8's.
std::string VersionText(const StageInfo& stage);

}  // namespace engine
