#include "modules.h"

#include <limits.h>
#include <stdlib.h>
#include <unistd.h>

#include "engine.h"
#include "modules/crypto_module.h"
#include "modules/dns_module.h"
#include "modules/fs_module.h"
#include "modules/zlib_module.h"
#include "node_errors.h"
#include "runtime.h"

namespace pool {
namespace {

std::string CurrentDirectory() {
  char path[PATH_MAX];
  return getcwd(path, sizeof path) != nullptr ? path : ".";
}

std::string RealPath(const std::string& path) {
  char resolved[PATH_MAX];
  return realpath(path.c_str(), resolved) != nullptr ? resolved : path;
}

// What Node names the requiring module when it is not a file.
std::string MainModuleName(const engine::CommandLine& cmd) {
  switch (cmd.mode) {
    case engine::CommandLine::Mode::kRunFile:
      return RealPath(cmd.script_path);
    case engine::CommandLine::Mode::kEval:
      return CurrentDirectory() + "/[eval]";
    case engine::CommandLine::Mode::kStdin:
      return CurrentDirectory() + "/[stdin]";
    default:
      return "<repl>";
  }
}

bool StartsWith(const std::string& text, const std::string& prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

}  // namespace

// ---- BuiltinModule ----

void BuiltinModule::SetPoolMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target,
                                  const char* name, Form form, JobMaker make_job) {
  functions_.push_back(PoolFunction{make_job, form});
  engine::SetMethod(context, target, name, PoolCall::Invoke,
                    v8::External::New(context->GetIsolate(), &functions_.back()));
}

void BuiltinModule::SetMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target,
                              const char* name, v8::FunctionCallback callback) {
  engine::SetMethod(context, target, name, callback);
}

// ---- BuiltinModules ----

BuiltinModules::BuiltinModules(loop::Runtime& runtime, ThreadPool& pool)
    : runtime_(runtime), pool_(pool), requirer_(MainModuleName(runtime.command_line())) {
  entries_.push_back({std::make_unique<FsModule>(pool), {}});
  entries_.push_back({std::make_unique<DnsModule>(pool), {}});
  entries_.push_back({std::make_unique<CryptoModule>(pool), {}});
  entries_.push_back({std::make_unique<ZlibModule>(pool), {}});

  v8::HandleScope handle_scope(runtime.isolate());
  engine::SetContextSlot(runtime.context(), kContextSlot, this);
}

BuiltinModules::~BuiltinModules() {
  v8::HandleScope handle_scope(runtime_.isolate());
  engine::SetContextSlot(runtime_.context(), kContextSlot, nullptr);
}

void BuiltinModules::Install(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Function> require =
      v8::FunctionTemplate::New(isolate, RequireNative, v8::Local<v8::Value>(),
                                v8::Local<v8::Signature>(), 1, v8::ConstructorBehavior::kThrow)
          ->GetFunction(context)
          .ToLocalChecked();
  v8::Local<v8::String> name = engine::ToV8String(isolate, "require");
  require->SetName(name);
  context->Global()->CreateDataProperty(context, name, require).Check();
}

void BuiltinModules::RequireNative(const v8::FunctionCallbackInfo<v8::Value>& info) {
  BuiltinModules& self = GetCurrent(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Value> id = info[0];
  if (!id->IsString()) {
    errors::Throw(isolate, errors::InvalidArgType(isolate, "id", "be of type string", id));
    return;
  }
  if (id.As<v8::String>()->Length() == 0) {
    errors::Throw(isolate,
                  errors::InvalidArgValue(isolate, "id", "must be a non-empty string", id));
    return;
  }
  v8::Local<v8::Object> exports;
  if (self.Require(context, engine::ToUtf8(isolate, id)).ToLocal(&exports)) {
    info.GetReturnValue().Set(exports);
  }
}

v8::MaybeLocal<v8::Object> BuiltinModules::Require(v8::Local<v8::Context> context,
                                                   const std::string& name) {
  v8::Isolate* isolate = context->GetIsolate();
  // 'node:fs' always means the built-in module; a plain 'fs' would lose to
  // nothing here (there are no files to find at this stage).
  bool builtin_prefix = StartsWith(name, "node:");
  std::string bare = builtin_prefix ? name.substr(5) : name;
  // 'fs/promises' is the `promises` member of 'fs', and so on.
  std::string member;
  if (bare == "fs/promises" || bare == "dns/promises") {
    member = "promises";
    bare = bare.substr(0, bare.find('/'));
  }
  for (Entry& entry : entries_) {
    if (entry.module->name() != bare) continue;
    v8::Local<v8::Object> exports;
    if (!Exports(context, entry).ToLocal(&exports)) return {};
    if (member.empty()) return exports;
    v8::Local<v8::Value> part;
    if (!exports->Get(context, engine::ToV8String(isolate, member)).ToLocal(&part)) return {};
    return part.As<v8::Object>();
  }
  if (builtin_prefix) {
    errors::Throw(isolate,
                  errors::NodeError(isolate, errors::Type::kError, "ERR_UNKNOWN_BUILTIN_MODULE",
                                    "No such built-in module: " + name));
  } else {
    errors::Throw(isolate, NotFound(context, name));
  }
  return {};
}

v8::MaybeLocal<v8::Object> BuiltinModules::Exports(v8::Local<v8::Context> context, Entry& entry) {
  v8::Isolate* isolate = context->GetIsolate();
  if (entry.exports.IsEmpty()) {
    entry.exports.Reset(isolate, entry.module->CreateExports(context));
  }
  return entry.exports.Get(isolate);
}

v8::Local<v8::Value> BuiltinModules::NotFound(v8::Local<v8::Context> context,
                                              const std::string& name) {
  v8::Isolate* isolate = context->GetIsolate();
  std::string message = "Cannot find module '" + name + "'\nRequire stack:\n- " + requirer_;
  v8::Local<v8::Object> error =
      v8::Exception::Error(engine::ToV8String(isolate, message)).As<v8::Object>();
  error
      ->CreateDataProperty(context, engine::ToV8String(isolate, "code"),
                           engine::ToV8String(isolate, "MODULE_NOT_FOUND"))
      .Check();
  v8::Local<v8::Value> stack[] = {engine::ToV8String(isolate, requirer_)};
  error
      ->CreateDataProperty(context, engine::ToV8String(isolate, "requireStack"),
                           v8::Array::New(isolate, stack, 1))
      .Check();
  return error;
}

}  // namespace pool
