#include "process_object.h"

#include <limits.h>
#include <stdlib.h>
#include <sys/time.h>
#include <unistd.h>
#include <uv.h>

#include <cmath>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "inspect/inspect.h"
#include "natives.h"
#include "node_errors.h"
#include "runtime.h"

namespace loop {
namespace {

ProcessObject& Process(const v8::FunctionCallbackInfo<v8::Value>& info) {
  return Runtime::GetCurrent(info).process();
}

std::string RealPath(const std::string& path) {
  char resolved[PATH_MAX];
  return realpath(path.c_str(), resolved) != nullptr ? resolved : path;
}

// ---- process.env: V8 interceptors over the real environment ----
//
// The environment is the process's: threads that share it (05's workers
// with SHARE_ENV) must not read it while another changes it (setenv may
// move `environ`), so every access holds one mutex and copies what it read.

std::mutex& EnvMutex() {
  static std::mutex* mutex = new std::mutex();  // never destroyed: threads may outlive statics
  return *mutex;
}

std::optional<std::string> GetEnv(const std::string& name) {
  std::lock_guard<std::mutex> lock(EnvMutex());
  const char* value = getenv(name.c_str());
  if (value == nullptr) return std::nullopt;
  return std::string(value);
}

void EnvGet(v8::Local<v8::Name> name, const v8::PropertyCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::optional<std::string> value = GetEnv(engine::ToUtf8(isolate, name));
  if (value) info.GetReturnValue().Set(engine::ToV8String(isolate, *value));
}

void EnvSet(v8::Local<v8::Name> name, v8::Local<v8::Value> value,
            const v8::PropertyCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::String> text;
  if (!value->ToString(isolate->GetCurrentContext()).ToLocal(&text)) return;  // threw
  std::string key = engine::ToUtf8(isolate, name);
  std::string data = engine::ToUtf8(isolate, text);
  {
    std::lock_guard<std::mutex> lock(EnvMutex());
    setenv(key.c_str(), data.c_str(), 1);
  }
  info.GetReturnValue().Set(value);
}

void EnvQuery(v8::Local<v8::Name> name, const v8::PropertyCallbackInfo<v8::Integer>& info) {
  if (GetEnv(engine::ToUtf8(info.GetIsolate(), name))) {
    info.GetReturnValue().Set(v8::None);  // present: writable, enumerable, configurable
  }
}

void EnvDelete(v8::Local<v8::Name> name, const v8::PropertyCallbackInfo<v8::Boolean>& info) {
  std::string key = engine::ToUtf8(info.GetIsolate(), name);
  {
    std::lock_guard<std::mutex> lock(EnvMutex());
    unsetenv(key.c_str());
  }
  info.GetReturnValue().Set(true);
}

void EnvEnumerate(const v8::PropertyCallbackInfo<v8::Array>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::vector<std::string> keys;
  {
    std::lock_guard<std::mutex> lock(EnvMutex());
    for (char** entry = environ; *entry != nullptr; entry++) {
      std::string text = *entry;
      keys.push_back(text.substr(0, text.find('=')));
    }
  }
  std::vector<v8::Local<v8::Value>> names;
  for (const std::string& key : keys) names.push_back(engine::ToV8String(isolate, key));
  info.GetReturnValue().Set(v8::Array::New(isolate, names.data(), names.size()));
}

}  // namespace

v8::Local<v8::Object> ProcessObject::Install(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  time_origin_ns_ = uv_hrtime();
  v8::Local<v8::Object> process = v8::Object::New(isolate);
  auto set = [&](v8::Local<v8::Object> target, const char* name, v8::Local<v8::Value> value) {
    target->CreateDataProperty(context, engine::ToV8String(isolate, name), value).Check();
  };

  set(process, "argv", Argv(context));
  set(process, "env", Env(context));
  set(process, "execPath", engine::ToV8String(isolate, RealPath("/proc/self/exe")));
  set(process, "pid", v8::Integer::New(isolate, getpid()));
  set(process, "platform", engine::ToV8String(isolate, "linux"));
  SetMethod(context, process, "exit", Exit);
  process->SetAccessor(context, engine::ToV8String(isolate, "exitCode"), GetExitCode, SetExitCode)
      .Check();
  SetMethod(context, process, "hrtime", Hrtime);
  v8::Local<v8::Object> hrtime = process->Get(context, engine::ToV8String(isolate, "hrtime"))
                                     .ToLocalChecked()
                                     .As<v8::Object>();
  SetMethod(context, hrtime, "bigint", HrtimeBigint);
  set(context->Global(), "process", process);

  v8::Local<v8::Object> performance = v8::Object::New(isolate);
  SetMethod(context, performance, "now", PerformanceNow);
  struct timeval now;
  gettimeofday(&now, nullptr);
  set(performance, "timeOrigin",
      v8::Number::New(
          isolate, static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_usec) / 1e3));
  set(context->Global(), "performance", performance);
  return process;
}

// [the program, the script's absolute path, its arguments...], as in Node.
v8::Local<v8::Array> ProcessObject::Argv(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  const engine::CommandLine& cmd = runtime_.command_line();
  std::vector<v8::Local<v8::Value>> argv;
  argv.push_back(engine::ToV8String(isolate, RealPath("/proc/self/exe")));
  if (cmd.mode == engine::CommandLine::Mode::kRunFile) {
    argv.push_back(engine::ToV8String(isolate, RealPath(cmd.script_path)));
  }
  for (const std::string& arg : cmd.script_args) argv.push_back(engine::ToV8String(isolate, arg));
  return v8::Array::New(isolate, argv.data(), argv.size());
}

v8::Local<v8::Object> ProcessObject::Env(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::ObjectTemplate> env = v8::ObjectTemplate::New(isolate);
  env->SetHandler(v8::NamedPropertyHandlerConfiguration(
      EnvGet, EnvSet, EnvQuery, EnvDelete, EnvEnumerate, v8::Local<v8::Value>(),
      v8::PropertyHandlerFlags::kOnlyInterceptStrings));
  return env->NewInstance(context).ToLocalChecked();
}

// ---- exit and exitCode ----

bool ProcessObject::StoreExitCode(v8::Local<v8::Value> value) {
  v8::Isolate* isolate = runtime_.isolate();
  v8::Local<v8::Context> context = runtime_.context();
  int code = 0;
  if (!value->IsNullOrUndefined()) {
    // Node 20 accepts an integer, or a non-empty string that holds one.
    v8::Local<v8::Value> number = value;
    if (value->IsString() && value.As<v8::String>()->Length() > 0) {
      v8::Local<v8::Number> converted = value->ToNumber(context).ToLocalChecked();
      if (std::trunc(converted->Value()) == converted->Value()) number = converted;
    }
    if (!number->IsNumber()) {
      return errors::Throw(isolate,
                           errors::InvalidArgType(isolate, "code", "be of type number", value));
    }
    double as_double = number.As<v8::Number>()->Value();
    if (std::trunc(as_double) != as_double || std::fabs(as_double) > 9007199254740991.0) {
      return errors::Throw(isolate, errors::OutOfRange(isolate, "code", "an integer",
                                                       engine::Inspect(context, number)));
    }
    code = static_cast<int>(static_cast<int64_t>(as_double));
  }
  exit_code_ = code;
  exit_code_value_.Reset(isolate, value);
  return true;
}

void ProcessObject::GetExitCode(v8::Local<v8::Name> /*name*/,
                                const v8::PropertyCallbackInfo<v8::Value>& info) {
  ProcessObject& self = Runtime::GetCurrent(info.GetIsolate()).process();
  if (!self.exit_code_value_.IsEmpty()) {
    info.GetReturnValue().Set(self.exit_code_value_.Get(info.GetIsolate()));
  }
}

void ProcessObject::SetExitCode(v8::Local<v8::Name> /*name*/, v8::Local<v8::Value> value,
                                const v8::PropertyCallbackInfo<void>& info) {
  Runtime::GetCurrent(info.GetIsolate()).process().StoreExitCode(value);
}

void ProcessObject::Exit(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ProcessObject& self = Process(info);
  if (info.Length() > 0 && !self.StoreExitCode(info[0])) return;
  Runtime::GetCurrent(info).Exit(self.exit_code_);
}

// ---- clocks: monotonic time, unaffected by changes to the wall clock ----

// process.hrtime([previous]): [seconds, nanoseconds], or the time since
// `previous` (an earlier result).
void ProcessObject::Hrtime(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  uint64_t now = uv_hrtime();
  if (!info[0]->IsUndefined()) {
    if (!info[0]->IsArray()) {
      errors::Throw(isolate,
                    errors::InvalidArgType(isolate, "time", "be an instance of Array", info[0]));
      return;
    }
    uint32_t length = info[0].As<v8::Array>()->Length();
    if (length != 2) {
      errors::Throw(isolate, errors::OutOfRange(isolate, "time", "2", std::to_string(length)));
      return;
    }
    v8::Local<v8::Array> previous = info[0].As<v8::Array>();
    double seconds = previous->Get(context, 0).ToLocalChecked()->NumberValue(context).FromMaybe(0);
    double nanos = previous->Get(context, 1).ToLocalChecked()->NumberValue(context).FromMaybe(0);
    now -= static_cast<uint64_t>(seconds) * 1000000000 + static_cast<uint64_t>(nanos);
  }
  v8::Local<v8::Value> parts[] = {v8::Number::New(isolate, static_cast<double>(now / 1000000000U)),
                                  v8::Number::New(isolate, static_cast<double>(now % 1000000000))};
  info.GetReturnValue().Set(v8::Array::New(isolate, parts, 2));
}

void ProcessObject::HrtimeBigint(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(v8::BigInt::NewFromUnsigned(info.GetIsolate(), uv_hrtime()));
}

// Milliseconds, with a fraction, since the runtime started.
void ProcessObject::PerformanceNow(const v8::FunctionCallbackInfo<v8::Value>& info) {
  double elapsed_ns = static_cast<double>(uv_hrtime() - Process(info).time_origin_ns_);
  info.GetReturnValue().Set(elapsed_ns / 1e6);
}

}  // namespace loop
