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
/// **Listing it** takes one more line, in the list of its stage
/// (binding_list.cc for this stage): the list refers to every binding by
/// name, which pulls its file out of this static library, and main() refers
/// to the list; a binding listed but not registered fails to link. Why a
/// list rather than self-registering files (the linker would drop them) is
/// told once, in the chapter (04-bindings/README.md, "The registry").
///
/// **One list per stage.** A stage above this one (05's JavaScript library,
/// 06's HTTP parser) adds bindings without editing this stage: it defines its
/// own BindingList in its own directory, and its main() hands the Realm the
/// lists of every stage it stands on, its own last:
///
///     bindings::Realm realm(runtime, modules, {bindings::kStage04Bindings,
///                                              bindings::kStage05Bindings});
///
/// The Realm's BindingRegistry searches them in that order.
#pragma once

#include <v8.h>

#include <string_view>
#include <vector>

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

/// One stage's bindings: an array of entries and its length.
struct BindingList {
  const BindingModule* const* modules;
  size_t count;
};

/// Defines `list_name`, a BindingList of the bindings FOR_EACH(V) names
/// (an "X macro": FOR_EACH(V) calls V(name) once per binding). The
/// declarations it writes are what the linker must resolve, so each binding's
/// file is pulled into the program.
#define BINDING_LIST(list_name, FOR_EACH)                                              \
  FOR_EACH(BINDING_LIST_DECLARE_)                                                      \
  const BindingModule* const list_name##_modules_[] = {FOR_EACH(BINDING_LIST_ENTRY_)}; \
  extern const BindingList list_name;                                                  \
  const BindingList list_name {                                                        \
    list_name##_modules_, sizeof list_name##_modules_ / sizeof list_name##_modules_[0] \
  }
#define BINDING_LIST_DECLARE_(name) extern const BindingModule kBinding_##name;
#define BINDING_LIST_ENTRY_(name) &kBinding_##name,

/// This stage's list (binding_list.cc).
extern const BindingList kStage04Bindings;

/// The bindings a Realm can build: the lists of several stages, searched in
/// order. Each entry keeps one index for the realm's cache of exports.
class BindingRegistry {
 public:
  explicit BindingRegistry(std::vector<BindingList> lists);

  /// How many bindings the registry holds, over all its lists.
  size_t size() const { return modules_.size(); }
  /// The binding at `index` (the lists' entries, one list after another).
  const BindingModule& at(size_t index) const { return *modules_[index]; }
  /// The index of the binding called `name`, or -1.
  int Find(std::string_view name) const;
  /// The lists it was made of: a worker thread's realm is made of the same.
  const std::vector<BindingList>& lists() const { return lists_; }

 private:
  std::vector<BindingList> lists_;
  std::vector<const BindingModule*> modules_;
};

}  // namespace bindings
