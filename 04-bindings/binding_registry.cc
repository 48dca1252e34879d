#include "binding_registry.h"

#include "binding_list.h"

namespace bindings {

// One declaration per listed binding: the linker must find each one in the
// .cc file that registers it, which is what keeps that file in the program.
#define DECLARE_BINDING(name) extern const BindingModule kBinding_##name;
BINDINGS_FOR_EACH(DECLARE_BINDING)
#undef DECLARE_BINDING

namespace {

#define BINDING_ENTRY(name) &kBinding_##name,
const BindingModule* const kBindings[] = {BINDINGS_FOR_EACH(BINDING_ENTRY)};
#undef BINDING_ENTRY

}  // namespace

size_t BindingCount() { return sizeof kBindings / sizeof kBindings[0]; }

const BindingModule& BindingAt(size_t index) { return *kBindings[index]; }

int FindBinding(std::string_view name) {
  // A dozen names: a linear search is as fast as anything, and simpler.
  for (size_t i = 0; i < BindingCount(); i++) {
    if (name == kBindings[i]->name) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace bindings
