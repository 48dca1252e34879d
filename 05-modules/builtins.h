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
#pragma once

#include <v8.h>

#include <cstddef>
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
  explicit BuiltinLoader(std::vector<const BuiltinSource*> tables) : tables_(std::move(tables)) {}

  /// The source of `id`, or nullptr.
  const BuiltinSource* Find(std::string_view id) const;
  /// Every id, in the order of the tables.
  std::vector<std::string_view> Ids() const;

  /// Compiles built-in `id` as a function with the parameters its kind takes
  /// (see the file comment). Empty after throwing (a syntax error in lib/, or
  /// an unknown id).
  v8::MaybeLocal<v8::Function> Compile(v8::Local<v8::Context> context, std::string_view id) const;

 private:
  std::vector<const BuiltinSource*> tables_;
};

}  // namespace modules
