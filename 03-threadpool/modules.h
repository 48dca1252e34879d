/// \file
/// `require(name)` for this stage's built-in modules: fs, dns, crypto, zlib.
///
/// Node's require() is a whole module system (stage 05 builds it: files,
/// node_modules, the module wrapper, the cache by real path). This stage
/// needs only its first lesson: a built-in module is an object of natives,
/// made once, on the first require(), and the same object every time after:
///
///     require('fs') === require('node:fs')             the same exports
///     require('fs/promises') === require('fs').promises
///     require('path')   Error: Cannot find module 'path' (code MODULE_NOT_FOUND)
///     require('node:x') Error [ERR_UNKNOWN_BUILTIN_MODULE]
///
/// A BuiltinModule is the C++ side of one module: it builds the exports and
/// keeps whatever state its natives need (the Stats class, the live hashes).
/// Its pool functions are defined with SetPoolMethod (pool_call.h).
#pragma once

#include <v8.h>

#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "pool_call.h"

namespace loop {
class Runtime;
}

namespace pool {

class ThreadPool;

class BuiltinModule {
 public:
  BuiltinModule(const char* name, ThreadPool& pool) : name_(name), pool_(pool) {}
  virtual ~BuiltinModule() = default;

  BuiltinModule(const BuiltinModule&) = delete;
  BuiltinModule& operator=(const BuiltinModule&) = delete;

  const std::string& name() const { return name_; }
  ThreadPool& pool() { return pool_; }

  /// Builds the exports object; called once, on the first require().
  virtual v8::Local<v8::Object> CreateExports(v8::Local<v8::Context> context) = 0;

 protected:
  /// target[name] = a function that runs the job `make_job` makes, in
  /// `form`; its natives reach this module through PoolCall::module().
  void SetPoolMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
                     Form form, JobMaker make_job);
  /// target[name] = a native function whose `data` is this module.
  void SetMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
                 v8::FunctionCallback callback);

  /// `this` for a native's `data`.
  v8::Local<v8::External> AsData(v8::Isolate* isolate) { return v8::External::New(isolate, this); }

 private:
  std::string name_;
  ThreadPool& pool_;
  /// One per pool function; a deque, because each function's data points at
  /// its element and must not move.
  std::deque<PoolFunction> functions_;
};

/// The modules require() knows, and require() itself.
class BuiltinModules {
 public:
  BuiltinModules(loop::Runtime& runtime, ThreadPool& pool);
  ~BuiltinModules();

  /// Defines globalThis.require.
  void Install(v8::Local<v8::Context> context);

  /// The exports of `name` ("fs", "fs/promises", "node:dns", ...); empty
  /// after throwing Node's error for a name it does not know.
  v8::MaybeLocal<v8::Object> Require(v8::Local<v8::Context> context, const std::string& name);

 private:
  struct Entry {
    std::unique_ptr<BuiltinModule> module;
    v8::Global<v8::Object> exports;  ///< empty until the first require()
  };

  static void RequireNative(const v8::FunctionCallbackInfo<v8::Value>& info);
  v8::MaybeLocal<v8::Object> Exports(v8::Local<v8::Context> context, Entry& entry);
  /// Node's MODULE_NOT_FOUND error, naming the main script as the requirer.
  v8::Local<v8::Value> NotFound(v8::Local<v8::Context> context, const std::string& name);

  loop::Runtime& runtime_;
  std::vector<Entry> entries_;
  std::string requirer_;  ///< the main script's path, for "Require stack:"
};

}  // namespace pool
