#include "binding_registry.h"

namespace bindings {

BindingRegistry::BindingRegistry(std::vector<BindingList> lists) : lists_(lists) {
  for (const BindingList& list : lists) {
    modules_.insert(modules_.end(), list.modules, list.modules + list.count);
  }
}

int BindingRegistry::Find(std::string_view name) const {
  // A few dozen names: a linear search is as fast as anything, and simpler.
  for (size_t i = 0; i < modules_.size(); i++) {
    if (name == modules_[i]->name) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace bindings
