#include "console.h"

#include <cstdio>
#include <string>
#include <vector>

#include "engine.h"
#include "inspect/inspect.h"

namespace engine {
namespace {

enum class Stream { kStdout, kStderr };

std::vector<v8::Local<v8::Value>> Arguments(const v8::FunctionCallbackInfo<v8::Value>& info) {
  std::vector<v8::Local<v8::Value>> args;
  args.reserve(info.Length());
  for (int i = 0; i < info.Length(); i++) args.push_back(info[i]);
  return args;
}

// console.log, info and debug go to stdout; warn and error to stderr. The
// stream is each function's configuration, its `data`, so one C++ function
// serves all five.
void Print(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  std::string line = FormatArguments(context, Arguments(info));
  line += '\n';
  if (info.Data().As<v8::Int32>()->Value() == static_cast<int>(Stream::kStdout)) {
    WriteStdout(line);
  } else {
    WriteStderr(line);
  }
}

std::function<void()>& BeforeWrite() {
  static std::function<void()> hook;
  return hook;
}

}  // namespace

void SetBeforeWrite(std::function<void()> hook) { BeforeWrite() = std::move(hook); }

void WriteStdout(const std::string& text) {
  if (BeforeWrite()) BeforeWrite()();
  std::fwrite(text.data(), 1, text.size(), stdout);
}

void WriteStderr(const std::string& text) {
  if (BeforeWrite()) BeforeWrite()();
  std::fflush(stdout);
  std::fwrite(text.data(), 1, text.size(), stderr);
}

void InstallConsole(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> console = v8::Object::New(isolate);
  v8::Local<v8::Value> to_stdout = v8::Int32::New(isolate, static_cast<int>(Stream::kStdout));
  v8::Local<v8::Value> to_stderr = v8::Int32::New(isolate, static_cast<int>(Stream::kStderr));
  SetMethod(context, console, "log", Print, to_stdout);
  SetMethod(context, console, "info", Print, to_stdout);
  SetMethod(context, console, "debug", Print, to_stdout);
  SetMethod(context, console, "warn", Print, to_stderr);
  SetMethod(context, console, "error", Print, to_stderr);
  context->Global()->CreateDataProperty(context, ToV8String(isolate, "console"), console).Check();
}

}  // namespace engine
