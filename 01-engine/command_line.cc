#include "command_line.h"

#include <unistd.h>

#include <algorithm>

#include "console.h"
#include "platform.h"
#include "version.h"

namespace engine {
namespace {

bool IsStdinTerminal() { return isatty(STDIN_FILENO) == 1; }

}  // namespace

CommandLine ParseCommandLine(int argc, char** argv, const StageInfo& stage) {
  CommandLine cmd;
  std::vector<std::string> v8_flags;
  bool have_code = false;  // -e or -p given
  bool stdin_script = false;
  bool print = false;  // -p given
  int i = 1;
  for (; i < argc; i++) {
    std::string arg = argv[i];
    if (arg == "--") {
      i++;
      break;
    }
    if (arg == "-") {
      stdin_script = true;
      i++;
      break;
    }
    if (arg.empty() || arg[0] != '-') break;  // the script: options end here
    if (arg == "-h" || arg == "--help") {
      cmd.mode = CommandLine::Mode::kHelp;
      return cmd;
    }
    if (arg == "-v" || arg == "--version") {
      cmd.mode = CommandLine::Mode::kVersion;
      return cmd;
    }
    if (arg == "-e" || arg == "--eval") {
      if (i + 1 >= argc) {
        cmd.mode = CommandLine::Mode::kBadOption;
        cmd.error = stage.name + ": " + arg + " requires an argument";
        return cmd;
      }
      cmd.eval_source = argv[++i];
      have_code = true;
      continue;
    }
    if (arg == "-p" || arg == "--print") {
      // As in Node, -p is "-e, then print the result": it takes the code
      // that follows it, or the code of a separate -e, or reads stdin.
      print = true;
      if (i + 1 < argc && argv[i + 1][0] != '-') {
        cmd.eval_source = argv[++i];
        have_code = true;
      }
      continue;
    }
    if (arg == "--trace-uncaught") {
      cmd.trace_uncaught = true;
      continue;
    }
    if (arg == "--v8-options") {
      v8_flags.push_back("--help");  // V8 prints its flags and exits
      continue;
    }
    const StageInfo::Flag* stage_flag = nullptr;
    std::string value;
    for (const StageInfo::Flag& flag : stage.flags) {
      if (arg == flag.name) {
        stage_flag = &flag;
      } else if (!flag.values.empty() && arg.rfind(flag.name + "=", 0) == 0) {
        stage_flag = &flag;
        value = arg.substr(flag.name.size() + 1);
        if (value.empty()) value = "\x01";  // "--x=" names no value: never a valid one
      }
    }
    if (stage_flag != nullptr) {
      if (!stage_flag->values.empty() && !(value.empty() && stage_flag->value_optional)) {
        if (value.empty() && i + 1 < argc) value = argv[++i];  // "--x value"
        const std::vector<std::string>& valid = stage_flag->values;
        auto accepts = [&value](const std::string& pattern) {
          if (pattern == StageInfo::Flag::kNumber) {
            return !value.empty() && value.size() <= 15 &&
                   value.find_first_not_of("0123456789") == std::string::npos;
          }
          if (pattern.empty() || pattern.back() != '*') return pattern == value;
          std::string prefix = pattern.substr(0, pattern.size() - 1);
          return value.size() > prefix.size() && value.rfind(prefix, 0) == 0;
        };
        if (std::find_if(valid.begin(), valid.end(), accepts) == valid.end()) {
          cmd.mode = CommandLine::Mode::kBadOption;
          cmd.error = stage.name + ": invalid value for " + stage_flag->name;
          return cmd;
        }
        cmd.flag_values[stage_flag->name] = value;
      }
      cmd.stage_flags.insert(stage_flag->name);
      continue;
    }
    v8_flags.push_back(arg);
  }
  // What came before the script (or the script's arguments) is the
  // runtime's: Node's process.execArgv, "-e CODE" included.
  for (int j = 1; j < i; j++) {
    std::string arg = argv[j];
    if (arg != "--" && arg != "-") cmd.exec_args.push_back(arg);
  }

  // Offer the remaining options to V8; whatever it does not take is unknown.
  std::vector<std::string> unknown = V8Process::SetFlags(v8_flags);
  if (!unknown.empty()) {
    cmd.mode = CommandLine::Mode::kBadOption;
    cmd.error = stage.name + ": bad option: " + unknown.front();
    return cmd;
  }

  if (have_code) {
    cmd.mode = CommandLine::Mode::kEval;
  } else if (!stdin_script && !print && i < argc) {
    cmd.mode = CommandLine::Mode::kRunFile;
    cmd.script_path = argv[i++];
  } else if (stdin_script || print || !IsStdinTerminal()) {
    cmd.mode = CommandLine::Mode::kStdin;
  } else {
    cmd.mode = CommandLine::Mode::kRepl;
  }
  cmd.print_result = print;
  for (; i < argc; i++) cmd.script_args.push_back(argv[i]);
  return cmd;
}

std::optional<int> HandleModesThatRunNoCode(const CommandLine& cmd, const StageInfo& stage) {
  switch (cmd.mode) {
    case CommandLine::Mode::kHelp:
      WriteStdout(HelpText(stage));
      return 0;
    case CommandLine::Mode::kVersion:
      WriteStdout(VersionText(stage));
      return 0;
    case CommandLine::Mode::kBadOption:
      WriteStderr(cmd.error + "\n");
      return 9;  // Node's exit code for an invalid argument
    default:
      return std::nullopt;
  }
}

std::string HelpText(const StageInfo& stage) {
  std::string text = "Usage: " + stage.name + " [options] [script.js | -] [arguments]\n" +
                     "       " + stage.name + " -e CODE | -p CODE [arguments]\n\n" + stage.summary +
                     "\n\n" +
                     "Options:\n"
                     "  -e, --eval CODE       evaluate CODE\n"
                     "  -p, --print CODE      evaluate CODE and print the result\n"
                     "  -                     read the script from stdin\n"
                     "  --trace-uncaught      show where a non-Error value was thrown\n"
                     "  -h, --help            print this help\n"
                     "  -v, --version         print the versions of this program and V8\n"
                     "  --v8-options          print V8's own options\n";
  for (const StageInfo::Flag& flag : stage.flags) {
    std::string mode =
        flag.values == std::vector<std::string>{StageInfo::Flag::kNumber} ? "N" : "MODE";
    std::string name = flag.name + (flag.values.empty()   ? ""
                                    : flag.value_optional ? "[=" + mode + "]"
                                                          : "=" + mode);
    name.resize(std::max<size_t>(name.size() + 1, 22), ' ');
    text += "  " + name + flag.help + "\n";
  }
  text +=
      "\nAny other option is passed to V8, e.g. --expose-gc, --stack-size=N,\n"
      "--max-old-space-size=N. With no script, a terminal on stdin starts a REPL.\n";
  return text;
}

std::string VersionText(const StageInfo& stage) {
  return stage.name + " " + READABLE_NODE_VERSION + " (V8 " + v8::V8::GetVersion() + ")\n";
}

}  // namespace engine
