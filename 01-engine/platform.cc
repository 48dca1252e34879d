#include "platform.h"

namespace engine {

std::vector<std::string> V8Process::SetFlags(const std::vector<std::string>& flags) {
  // V8 parses an argv-shaped array and, with remove_flags, deletes what it
  // understood; whatever is left over is not a V8 flag.
  std::vector<std::string> storage = flags;
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>("v8"));
  for (std::string& flag : storage) argv.push_back(flag.data());
  int argc = static_cast<int>(argv.size());
  v8::V8::SetFlagsFromCommandLine(&argc, argv.data(), /*remove_flags=*/true);
  return std::vector<std::string>(argv.begin() + 1, argv.begin() + argc);
}

V8Process::V8Process(const std::vector<std::string>& v8_flags) {
  SetFlags(v8_flags);
  // libnode is linked against the system's ICU, whose data is built into
  // libicudata; no data file has to be named.
  v8::V8::InitializeICU();
  platform_ = v8::platform::NewDefaultPlatform();
  v8::V8::InitializePlatform(platform_.get());
  v8::V8::Initialize();
  current_platform_ = platform_.get();
}

V8Process::~V8Process() {
  current_platform_ = nullptr;
  v8::V8::Dispose();
  v8::V8::DisposePlatform();
}

}  // namespace engine
