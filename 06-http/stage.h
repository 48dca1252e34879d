/// \file
/// What stage 06 adds to the layers of stage 05 (05-modules/program.h): its
/// bindings (binding_list.cc), its built-ins (lib/, embedded at build time)
/// and V8's code cache of those built-ins and of 05's.
#pragma once

#include "binding_registry.h"
#include "builtins.h"

namespace bindings {
/// The bindings of this stage (binding_list.cc).
extern const BindingList kStage06Bindings;
}  // namespace bindings

namespace modules {
/// The embedded sources of 06-http/lib/ (generated: build/.../kStage06Builtins.cc).
extern const BuiltinSource kStage06Builtins[];
/// The code cache of every built-in of stages 05 and 06, made at build time
/// by 06-http-code-cache (generated: build/.../kStage06CodeCache.cc).
extern const BuiltinCodeCache kStage06CodeCache[];
}  // namespace modules
