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
///
/// BuiltinModules is this stage's per-context state: it keeps itself in the
/// context's slot kContextSlot (context_slots.h), and a native finds
/// it, and through it the pool and its module, with GetCurrent(info).
#pragma once

#include <v8.h>

#include <cstdlib>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "context_slots.h"
#include "pool_call.h"
#include "runtime.h"

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
  /// `form`; a JobMaker reaches this module through PoolCall::module().
  void SetPoolMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
                     Form form, JobMaker make_job);
  /// target[name] = a native function; it finds this module with
  /// BuiltinModules::GetCurrent(info).module<T>().
  void SetMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
                 v8::FunctionCallback callback);

 private:
  std::string name_;
  ThreadPool& pool_;
  /// One per pool function, its configuration; a deque, because each
  /// function's data points at its element and must not move.
  std::deque<PoolFunction> functions_;
};

/// The modules require() knows, and require() itself.
class BuiltinModules {
 public:
  /// Creates the modules (none builds its exports yet) and keeps itself in
  /// the runtime's context (which must be entered).
  BuiltinModules(loop::Runtime& runtime, ThreadPool& pool);
  ~BuiltinModules();

  BuiltinModules(const BuiltinModules&) = delete;
  BuiltinModules& operator=(const BuiltinModules&) = delete;

  /// The context's slot of the modules: the one after the Runtime's.
  static constexpr engine::ContextSlot kContextSlot = loop::Runtime::kContextSlot + 1;

  /// The modules of `context`; nullptr if it has none.
  static BuiltinModules* GetCurrent(v8::Local<v8::Context> context) {
    return static_cast<BuiltinModules*>(engine::GetContextSlot(context, kContextSlot));
  }
  /// The modules of the context the isolate is running: how this stage's
  /// natives find their state.
  static BuiltinModules& GetCurrent(v8::Isolate* isolate) {
    return *static_cast<BuiltinModules*>(engine::GetCurrentContextSlot(isolate, kContextSlot));
  }
  static BuiltinModules& GetCurrent(const v8::FunctionCallbackInfo<v8::Value>& info) {
    return GetCurrent(info.GetIsolate());
  }

  ThreadPool& pool() const { return pool_; }
  /// The module T (FsModule, CryptoModule, ...), found by its T::kName.
  template <typename T>
  T& module() const {
    for (const Entry& entry : entries_) {
      if (entry.module->name() == T::kName) return static_cast<T&>(*entry.module);
    }
    std::abort();  // every module class is in the list the constructor makes
  }

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
  ThreadPool& pool_;
  std::vector<Entry> entries_;
  std::string requirer_;  ///< the main script's path, for "Require stack:"
};

template <typename Module>
Module& PoolCall::module() const {
  return BuiltinModules::GetCurrent(isolate()).module<Module>();
}

}  // namespace pool
