/// \file
/// Reading the spawn options (spawn_options.h).
#include "process/spawn_options.h"

#include <string>

namespace modules {
namespace {

v8::Local<v8::String> Key(v8::Isolate* isolate, const char* name) {
  return v8::String::NewFromUtf8(isolate, name).ToLocalChecked();
}

bool TypeErrorFor(v8::Isolate* isolate, const char* name, const char* expected) {
  std::string message = std::string("options.") + name + " must be " + expected;
  isolate->ThrowException(v8::Exception::TypeError(Key(isolate, message.c_str())));
  return false;
}

/// An array of strings, such as args or envPairs.
bool GetStringArray(v8::Isolate* isolate, v8::Local<v8::Object> options, const char* name,
                    std::vector<std::string>* out, bool* present) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Value> value;
  if (!options->Get(context, Key(isolate, name)).ToLocal(&value)) return false;
  *present = !value->IsNullOrUndefined();
  if (!*present) return true;
  if (!value->IsArray()) return TypeErrorFor(isolate, name, "an array");
  v8::Local<v8::Array> array = value.As<v8::Array>();
  for (uint32_t i = 0; i < array->Length(); i++) {
    v8::Local<v8::Value> item;
    if (!array->Get(context, i).ToLocal(&item)) return false;
    v8::Local<v8::String> text;
    if (!item->ToString(context).ToLocal(&text)) return false;
    out->emplace_back(*v8::String::Utf8Value(isolate, text));
  }
  return true;
}

}  // namespace

bool GetStringField(v8::Isolate* isolate, v8::Local<v8::Object> options, const char* name,
                    std::string* out, bool* present) {
  v8::Local<v8::Value> value;
  if (!options->Get(isolate->GetCurrentContext(), Key(isolate, name)).ToLocal(&value)) {
    return false;
  }
  if (present != nullptr) {
    *present = !value->IsNullOrUndefined();
    if (!*present) return true;
  }
  if (!value->IsString()) return TypeErrorFor(isolate, name, "a string");
  *out = *v8::String::Utf8Value(isolate, value);
  return true;
}

bool GetIntegerField(v8::Isolate* isolate, v8::Local<v8::Object> options, const char* name,
                     int64_t fallback, int64_t* out) {
  v8::Local<v8::Value> value;
  if (!options->Get(isolate->GetCurrentContext(), Key(isolate, name)).ToLocal(&value)) {
    return false;
  }
  if (value->IsNullOrUndefined()) {
    *out = fallback;
    return true;
  }
  if (!value->IsNumber()) return TypeErrorFor(isolate, name, "a number");
  *out = static_cast<int64_t>(value.As<v8::Number>()->Value());
  return true;
}

bool SpawnOptions::Parse(v8::Isolate* isolate, v8::Local<v8::Object> options) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!GetStringField(isolate, options, "file", &file_)) return false;
  if (!GetStringField(isolate, options, "cwd", &cwd_, &has_cwd_)) return false;
  if (has_cwd_ && cwd_.empty()) has_cwd_ = false;
  bool has_args;
  if (!GetStringArray(isolate, options, "args", &args_, &has_args)) return false;
  if (!GetStringArray(isolate, options, "envPairs", &env_, &has_env_)) return false;

  int64_t id;
  if (!GetIntegerField(isolate, options, "uid", -1, &id)) return false;
  if (id >= 0) {
    flags_ |= UV_PROCESS_SETUID;
    uid_ = static_cast<uv_uid_t>(id);
  }
  if (!GetIntegerField(isolate, options, "gid", -1, &id)) return false;
  if (id >= 0) {
    flags_ |= UV_PROCESS_SETGID;
    gid_ = static_cast<uv_gid_t>(id);
  }
  v8::Local<v8::Value> detached;
  if (!options->Get(context, Key(isolate, "detached")).ToLocal(&detached)) return false;
  // detached: the child leads a new session (setsid), so a signal to our
  // process group (Ctrl-C in the terminal) does not reach it.
  if (detached->IsTrue()) flags_ |= UV_PROCESS_DETACHED;
  // windowsHide and windowsVerbatimArguments mean nothing on POSIX.
  return true;
}

uv_process_options_t SpawnOptions::ToUv(uv_exit_cb on_exit) {
  uv_process_options_t uv = {};
  uv.exit_cb = on_exit;
  uv.file = file_.c_str();
  argv_.clear();
  for (std::string& arg : args_) argv_.push_back(arg.data());
  argv_.push_back(nullptr);
  uv.args = argv_.data();
  if (has_env_) {
    envp_.clear();
    for (std::string& pair : env_) envp_.push_back(pair.data());
    envp_.push_back(nullptr);
    uv.env = envp_.data();  // else the child inherits our environ
  }
  if (has_cwd_) uv.cwd = cwd_.c_str();
  uv.flags = flags_;
  uv.uid = uid_;
  uv.gid = gid_;
  return uv;
}

}  // namespace modules
