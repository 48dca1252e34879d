/// \file
/// The binding registry: how a native module is declared, and the one place
/// where all of them are listed. (Node: src/node_binding.h, its
/// NODE_BINDING_CONTEXT_AWARE_INTERNAL macro and NODE_BUILTIN_BINDINGS list.)
///
/// Stages 01 to 03 attach each native to the global object by hand. That
/// does not scale to a runtime with dozens of native modules: every start-up
/// would build all of them, and nobody could say where a native comes from.
/// Node organises its natives as *bindings*: a binding is a named object of
/// natives (`tcp_wrap` holds the TCP class, `buffer` holds Buffer), built the
/// first time some JavaScript asks for it with `internalBinding(name)`, and
/// kept for the next time.
///
/// **Declaring a binding** takes one line at the end of its own .cc file,
/// inside namespace bindings:
///
///     BINDING_REGISTER(tcp_wrap, InitializeTcpWrap);
///
/// which names the function that fills the binding's exports object.
///
/// **Listing it** takes one more line, in binding_list.h: the list refers to
/// every binding by name, which pulls its file out of this static library;
/// a binding listed but not registered fails to link. Why a list rather than
/// self-registering files (the linker would drop them) is told once, in the
/// chapter (04-bindings/README.md, "The registry").
#pragma once

#include <v8.h>

#include <string_view>

namespace bindings {

class Realm;

/// Fills `exports` with a binding's natives. Called once per context, the
/// first time a script asks for the binding.
using BindingInitializer = void (*)(Realm& realm, v8::Local<v8::Object> exports);

/// One entry of the registry.
struct BindingModule {
  const char* name;
  BindingInitializer initialize;
};

/// Declares the binding `name` (an identifier, e.g. tcp_wrap), built by
/// `initialize`. Use once, at namespace scope inside namespace bindings.
#define BINDING_REGISTER(name, initialize)    \
  extern const BindingModule kBinding_##name; \
  const BindingModule kBinding_##name { #name, initialize }

/// How many bindings the registry holds.
size_t BindingCount();

/// The binding at `index` (in the order of binding_list.h).
const BindingModule& BindingAt(size_t index);

/// The index of the binding called `name`, or -1.
int FindBinding(std::string_view name);

}  // namespace bindings
