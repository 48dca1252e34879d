/// \file
/// The built-in modules: JavaScript compiled into the binary, and the C++
/// that turns one into a function. (Node: src/node_builtins.h, BuiltinLoader.)
///
/// From this stage on most of the runtime is JavaScript: `events`, `path`,
/// the module loader itself live in lib/*.js, as in Node. The build turns
/// every file below lib/ into a C++ array (scripts/js2c.py); at run time a
/// built-in is found by its id (its path below lib/ without ".js":
/// "events", "internal/modules/cjs/loader") and compiled, on first use, as a
/// *function* whose parameters are what the module may use:
///
///     internal/bootstrap/realm    (process, getInternalBinding)
///     internal/bootstrap/node,
///     internal/main/*             (process, require, internalBinding)
///     everything else             (exports, require, module, process, internalBinding)
///
/// So `internalBinding` is a parameter of the built-ins, never a global: a
/// user's script cannot reach the bindings (except through
/// `require('internal/test/binding')` with --expose-internals, as in Node).
/// Node passes a sixth parameter, `primordials`: frozen copies of the
/// built-in prototypes' methods, so that a script that replaces
/// Array.prototype.push cannot break the runtime. This stage leaves them
/// out, to keep the library readable; the chapter says what that costs.
///
/// The sources reach V8 as *external* strings: V8 reads them where they lie
/// in the binary, without copying them into its heap.
///
/// Compiling is the larger part of what the library costs at start-up, so
/// the build does it once more, ahead of time: a generator program
/// (code_cache_builder.h) runs the bootstrap, asks V8 for a *code cache* of
/// every built-in (its bytecode, serialized) and writes the bytes into the
/// binary. Compile() hands a built-in's cache to V8 with its source; V8
/// checks it (same V8, same flags, same source length) and either
/// deserializes the bytecode, parsing nothing, or rejects it and compiles
/// the source as usual. (Node: its code cache and startup snapshot.)
#pragma once

#include <v8.h>

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace bindings {
class Realm;
}

namespace modules {

/// One embedded source, as scripts/js2c.py writes them.
struct BuiltinSource {
  const char* id;      ///< "internal/modules/cjs/loader"; nullptr ends a table
  const char* source;  ///< ASCII JavaScript
  size_t length;
};

/// The embedded sources of this stage (generated: build/.../kStage05Builtins.cc).
extern const BuiltinSource kStage05Builtins[];

/// V8's code cache of one built-in, as the generator (code_cache_builder.h)
/// writes them at build time.
struct BuiltinCodeCache {
  const char* id;       ///< as in BuiltinSource; nullptr ends a table
  const uint8_t* data;  ///< V8's serialized bytecode
  size_t length;
  uint64_t source_hash;  ///< SourceHash() of the source it was made from
};

/// The code cache of this stage's built-ins (generated at build time:
/// build/.../kStage05CodeCache.cc; linked into the 05-modules program only).
extern const BuiltinCodeCache kStage05CodeCache[];

/// A fingerprint of a source (64-bit FNV-1a): the generator records it, and
/// the tests check that every cache was made from the source it sits beside.
uint64_t SourceHash(std::string_view source);
}  // namespace modules

namespace bindings {
struct BindingList;
/// The bindings of this stage (binding_list.cc).
extern const BindingList kStage05Bindings;
}  // namespace bindings

namespace modules {

/// The sources of every stage that embeds JavaScript, and how each is
/// compiled. A later stage (06) adds its own table; the first table that
/// has an id wins.
class BuiltinLoader {
 public:
  /// `caches`: code caches made at build time for these sources (none in
  /// the generator itself, and in a build without them).
  explicit BuiltinLoader(std::vector<const BuiltinSource*> tables,
                         std::vector<const BuiltinCodeCache*> caches = {})
      : tables_(std::move(tables)), caches_(std::move(caches)) {}

  /// A loader of the same tables for another thread's isolate: the
  /// bookkeeping below is per loader and not thread-safe, so a worker never
  /// shares its parent's.
  BuiltinLoader ForAnotherThread() const { return BuiltinLoader(tables_, caches_); }

  /// The source of `id`, or nullptr.
  const BuiltinSource* Find(std::string_view id) const;
  /// The code cache of `id`, or nullptr.
  const BuiltinCodeCache* FindCache(std::string_view id) const;
  /// Every id, in the order of the tables.
  std::vector<std::string_view> Ids() const;

  /// The source of `id` as a V8 string: external, reading the bytes in the
  /// binary. Empty after throwing (an unknown id).
  v8::MaybeLocal<v8::String> SourceString(v8::Isolate* isolate, std::string_view id) const;

  /// Compiles built-in `id` as a function with the parameters its kind takes
  /// (see the file comment), from its code cache when V8 accepts it. Empty
  /// after throwing (a syntax error in lib/, or an unknown id).
  v8::MaybeLocal<v8::Function> Compile(v8::Local<v8::Context> context, std::string_view id) const;

  /// How each built-in compiled so far was compiled (Node's getCacheUsage):
  /// from its cache, or from source (no cache, or V8 rejected it).
  struct CacheUsage {
    std::vector<std::string> with_cache;
    std::vector<std::string> without_cache;
    std::vector<std::string> rejected;  ///< a subset of without_cache
  };
  const CacheUsage& cache_usage() const { return usage_; }

  /// For the generator: from now on, keep every function Compile() returns,
  /// so that its cache can include the inner functions the bootstrap ran.
  void KeepCompiledFunctions(v8::Isolate* isolate) { keep_isolate_ = isolate; }
  /// V8's code cache of built-in `id`: of the function compiled earlier
  /// when kept, else of a fresh compile (its top level only). Empty after
  /// throwing.
  std::vector<uint8_t> CreateCodeCache(v8::Local<v8::Context> context, std::string_view id) const;

 private:
  std::vector<const BuiltinSource*> tables_;
  std::vector<const BuiltinCodeCache*> caches_;
  // Bookkeeping that compiling updates, through a const loader: the realm
  // and the `builtins` binding share one loader as a const object.
  mutable CacheUsage usage_;
  v8::Isolate* keep_isolate_ = nullptr;
  mutable std::map<std::string, v8::Global<v8::Function>, std::less<>> kept_;
};

}  // namespace modules
